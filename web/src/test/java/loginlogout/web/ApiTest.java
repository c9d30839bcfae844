package loginlogout.web;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.client.WebTarget;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every API test has: the running service at {@code target}, its database, and a client signed in
 * as the bootstrap administrator; each test starts on an empty database.
 */
abstract class ApiTest {

    @Inject
    WebTarget target;
    @Inject
    @Named("reports")
    DataSource dataSource;
    ApiClient api;

    @BeforeEach
    void startEmpty() {
        ApiClient.emptyDatabase(dataSource);
        api = new ApiClient(target);
    }
}
