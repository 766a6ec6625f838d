/**
 * Files the editor opens that are not patches: which kind a file is by its name, the server's
 * answer to an import (the patch, its abstraction files and the report) as JSON both ways, and the
 * report as the page shows it. Portable.
 */
package dev.faustwire.core.imports;
