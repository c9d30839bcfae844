package loginlogout.scheduling;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server (s3proxy) on loopback, started before the service so that the service's
 * settings can name it, and stopped when the tests end. Its objects outlive a stop and a restart, as a
 * bucket's do in an outage.
 */
public final class S3Server implements BeforeAllCallback {

    static final String BUCKET = "reports-bucket";
    private static final String ACCESS_KEY = "test-access";
    private static final String SECRET_KEY = "test-secret";

    private static final TransientNio2BlobStore STORE = new TransientNio2BlobStore();
    private static S3Proxy proxy;
    private static int port;
    private static S3Client client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (S3Server.class) {
            if (proxy != null) {
                return;
            }
            start(0);
            port = proxy.getPort();
            // The service finds them as settings and through the AWS SDK's default credential chain.
            System.setProperty("export.s3.endpoint", "http://127.0.0.1:" + port);
            System.setProperty("aws.accessKeyId", ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", SECRET_KEY);
            client = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                    .region(Region.US_EAST_1).forcePathStyle(true)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                            SECRET_KEY)))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
            client.createBucket(b -> b.bucket(BUCKET));
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(S3Server.class.getName(),
                    (ExtensionContext.Store.CloseableResource) S3Server::stop);
        }
    }

    private static void start(int onPort) throws Exception {
        proxy = S3Proxy.builder().blobStore(STORE).endpoint(URI.create("http://127.0.0.1:" + onPort))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
    }

    /** An outage: the server is gone until {@link #restart()}. */
    static synchronized void stop() throws Exception {
        proxy.stop();
    }

    static synchronized void restart() throws Exception {
        start(port);
    }

    /** Every object in the bucket, key to content. */
    static Map<String, String> objects() {
        Map<String, String> objects = new TreeMap<>();
        for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {
            objects.put(object.key(), client.getObjectAsBytes(b -> b.bucket(BUCKET).key(object.key()))
                    .asString(StandardCharsets.UTF_8));
        }
        return objects;
    }

    static String contentType(String key) {
        return client.headObject(b -> b.bucket(BUCKET).key(key)).contentType();
    }

    static void empty() {
        for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()) {
            client.deleteObject(b -> b.bucket(BUCKET).key(object.key()));
        }
    }
}
