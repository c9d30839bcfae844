package loginlogout.scheduling.target;

import loginlogout.domain.schedule.ExportTarget;
import loginlogout.domain.schedule.ExportTargetException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The exports in an S3 bucket. One PUT stores the whole object or, when it fails, nothing: S3 never
 * shows half an object.
 */
public final class S3Target implements ExportTarget {

    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    private final S3Client s3;
    private final String bucket;

    public S3Target(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] content) {
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(CONTENT_TYPE)
                    .contentLength((long) content.length).build(), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new ExportTargetException("Storing s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
        }
    }

    /** The bucket answers a HEAD: it exists, and these credentials reach it. */
    @Override
    public void probe() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            throw new ExportTargetException("s3://" + bucket + " does not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "s3://" + bucket;
    }
}
