/** The inspector of the selected box: its kind, doc, named ports, ranges as fields that edit its text, and its problems. */
package dev.faustwire.session.inspect;
