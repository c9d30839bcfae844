package loginlogout.scheduling.target;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import loginlogout.domain.schedule.ExportTarget;
import loginlogout.domain.schedule.ExportTargetException;

/**
 * The exports under a local folder, by the same keys as in a bucket, for a service without a cloud account.
 * A file is written beside its place and moved there, so that a reader never sees half of one.
 */
public final class FolderTarget implements ExportTarget {

    private final Path folder;

    public FolderTarget(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content) {
        Path file = folder.resolve(key).normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            throw new ExportTargetException("The key '" + key + "' would be outside the export folder " + folder
                    + "; nothing was written.", null);
        }
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".partial-", ".csv");
            try {
                Files.write(partial, content);
                readableByAll(partial);
                move(partial, file);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            // Told to whoever may see the schedule: the folder's place on the server stays out of it.
            throw new ExportTargetException("Writing " + key + " in the export folder failed: "
                    + e.toString().replace(folder.toString(), "<export.dir>"), e);
        }
    }

    /** Like any file the service writes, not only its owner's, as a temporary file would be. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Override
    public void probe() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportTargetException("The export folder " + folder + " cannot be made: " + e, e);
        }
        if (!Files.isWritable(folder)) {
            throw new ExportTargetException("The export folder " + folder + " is not writable.", null);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public String description() {
        return folder.toString();
    }
}
