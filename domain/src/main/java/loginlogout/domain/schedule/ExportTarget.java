package loginlogout.domain.schedule;

/** Where exported CSV files are stored: an S3 bucket, or a local folder. */
public interface ExportTarget {

    /**
     * Stores the whole object under this key, replacing one of the same key, or nothing.
     *
     * @throws ExportTargetException when it could not be stored
     */
    void put(String key, byte[] content);

    /**
     * Whether objects can be stored now, without storing one.
     *
     * @throws ExportTargetException saying why not
     */
    void probe();

    /** The target for people: {@code s3://bucket} or the folder's path. */
    String description();
}
