package dev.faustwire.server.export;

/**
 * The result of an export: one file (a folder, such as an LV2 bundle, is zipped), its name as a
 * person would save it, and its media type.
 */
public record ExportArtifact(String fileName, String mediaType, byte[] bytes) {
    public static final String ZIP = "application/zip";
    public static final String TEXT = "text/plain; charset=utf-8";

    /** True when the bytes are a zip of a folder (unpacked by {@code export -o FOLDER/}). */
    public boolean zipped() {
        return ZIP.equals(mediaType);
    }
}
