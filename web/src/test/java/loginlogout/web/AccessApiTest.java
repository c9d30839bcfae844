package loginlogout.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may do what: sign-in, security profiles, permissions, the bootstrap administrator and its guard. */
@HelidonTest
class AccessApiTest extends ApiTest {

    private static final Map<String, Object> TODAY = Map.of("range", "TODAY");

    private ApiClient admin;

    @BeforeEach
    void onlyTheBootstrapAdministrator() {
        admin = api;
    }

    private static String body(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        return body;
    }

    private ApiClient user(String username, String... profiles) {
        body(admin.post("/api/v1/users", "{\"username\": \"" + username + "\", \"password\": \"" + username
                + "-password\", \"profiles\": [\"" + String.join("\", \"", profiles) + "\"]}",
                MediaType.APPLICATION_JSON), 201);
        return admin.as(username, username + "-password");
    }

    @Test
    void withoutCredentialsEveryApiAddressIs401WithAChallenge() {
        for (Response response : new Response[] {admin.anonymous().report(null, TODAY),
                admin.anonymous().get("/api/v1/saved-reports"), admin.anonymous().get("/api/v1/users"),
                admin.anonymous().post("/api/v1/events", "[]", MediaType.APPLICATION_JSON)}) {
            assertEquals("Basic realm=\"Login/Logout reports\", charset=\"UTF-8\"",
                    response.getHeaderString("WWW-Authenticate"));
            assertEquals("application/problem+json", response.getMediaType().toString());
            assertEquals("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"This"
                    + " address needs credentials: send HTTP Basic authorization (curl -u username:password).\"}",
                    body(response, 401));
        }
    }

    @Test
    void credentialsThatAreNotBasicAreToldSo() {
        Response bearer = admin.anonymous().request("/api/v1/users").header("Authorization", "Bearer abc").get();
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The"
                + " Authorization header is not HTTP Basic: send 'Basic ' and the Base64 of username:password"
                + " (curl -u username:password).\"}", body(bearer, 401));
    }

    @Test
    void aWrongPasswordAnAgentWithoutPasswordAndADisabledUserCannotSignIn() {
        String refused = "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"The username"
                + " or password is wrong, or the user is disabled or has no password yet.\"}";
        assertEquals(refused, body(admin.as(ApiClient.ADMIN, "not-the-password").report(null, TODAY), 401));
        admin.postOk("/api/v1/events", "{\"username\": \"jdoe\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T08:00:00Z\"}",
                MediaType.APPLICATION_JSON);
        assertEquals(refused, body(admin.as("jdoe", "").report(null, TODAY), 401));
        ApiClient manager = user("disabled-manager", "CallCenterManager");
        body(manager.report(null, TODAY), 200);
        body(admin.put("/api/v1/users/disabled-manager/disabled", "{\"disabled\": true}"), 200);
        assertEquals(refused, body(manager.report(null, TODAY), 401));
    }

    @Test
    void withoutAgentTimeCardViewEveryReportAddressIs403() {
        ApiClient agent = user("agent", "Agent");
        String forbidden = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This needs the"
                + " permission AgentTimeCard.View, which your security profiles do not grant.\"}";
        assertEquals(forbidden, body(agent.report(null, TODAY), 403));
        assertEquals(forbidden, body(agent.get("/api/v1/saved-reports"), 403));
        assertEquals(forbidden, body(agent.get("/api/v1/saved-reports/1/report"), 403));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This needs the"
                + " permission AgentEvents.Write, which your security profiles do not grant.\"}",
                body(agent.post("/api/v1/events", "[]", MediaType.APPLICATION_JSON), 403));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This needs the"
                + " permission Users.Edit, which your security profiles do not grant.\"}",
                body(user("manager", "CallCenterManager").get("/api/v1/users"), 403));
    }

    @Test
    void anIngestionPipelineNeedsOnlyAgentEventsWrite() {
        body(admin.post("/api/v1/security-profiles", "{\"name\": \"Pipeline\", \"permissions\": [\"AgentEvents.Write\"]}",
                MediaType.APPLICATION_JSON), 201);
        ApiClient pipeline = user("pipeline", "Pipeline");
        assertEquals("{\"received\":0,\"stored\":0,\"duplicates\":0}",
                body(pipeline.post("/api/v1/events", "[]", MediaType.APPLICATION_JSON), 200));
        body(pipeline.report(null, TODAY), 403);
    }

    @Test
    void theBootstrapAdministratorAndTheAgentsOfEventsAreOneListOfUsers() {
        admin.postOk("/api/v1/events", "{\"username\": \"jdoe\", \"type\": \"LOGIN\", \"time\": \"2026-11-02T08:00:00Z\","
                + " \"firstName\": \"Jane\", \"routingProfile\": \"Sales\", \"hierarchy\": [\"NA\"]}", MediaType.APPLICATION_JSON);
        assertEquals("{\"items\":[{\"username\":\"admin\",\"firstName\":null,\"lastName\":null,\"routingProfile\":null,"
                + "\"hierarchy\":[],\"profiles\":[\"Admin\"],\"hasPassword\":true,\"disabled\":false},"
                + "{\"username\":\"jdoe\",\"firstName\":\"Jane\",\"lastName\":null,\"routingProfile\":\"Sales\","
                + "\"hierarchy\":[\"NA\"],\"profiles\":[\"Agent\"],\"hasPassword\":false,\"disabled\":false}],"
                + "\"offset\":0,\"limit\":50,\"total\":2}", body(admin.get("/api/v1/users"), 200));
        // Given a password, the agent signs in (and still sees no report).
        assertEquals(204, admin.put("/api/v1/users/jdoe/password", "{\"password\": \"jane-doe-password\"}").getStatus());
        body(admin.as("jdoe", "jane-doe-password").report(null, TODAY), 403);
        assertEquals("{\"username\":\"jdoe\",\"firstName\":\"Janet\",\"lastName\":\"Doe\",\"routingProfile\":\"Support\","
                + "\"hierarchy\":[\"NA\",\"Boston\"],\"profiles\":[\"Agent\"],\"hasPassword\":true,\"disabled\":false}",
                body(admin.put("/api/v1/users/jdoe", "{\"firstName\": \"Janet\", \"lastName\": \"Doe\","
                        + " \"routingProfile\": \"Support\", \"hierarchy\": [\"NA\", \"Boston\"]}"), 200));
        assertEquals("{\"username\":\"jdoe\",\"firstName\":\"Janet\",\"lastName\":\"Doe\",\"routingProfile\":\"Support\","
                + "\"hierarchy\":[\"NA\",\"Boston\"],\"profiles\":[\"CallCenterManager\"],\"hasPassword\":true,"
                + "\"disabled\":false}", body(admin.put("/api/v1/users/jdoe/profiles",
                        "{\"profiles\": [\"CallCenterManager\"]}"), 200));
        body(admin.as("jdoe", "jane-doe-password").report(null, TODAY), 200);
    }

    @Test
    void badUserInputIsNamed() {
        assertEquals(true, body(admin.post("/api/v1/users", "{\"username\": \"x\", \"password\": \"short\"}",
                MediaType.APPLICATION_JSON), 400).contains("{\"index\":0,\"field\":\"password\",\"message\":\"A password"
                + " has 12 to 256 characters.\"}"));
        assertEquals(true, body(admin.post("/api/v1/users", "{\"username\": \"x\", \"profiles\": [\"Boss\"]}",
                MediaType.APPLICATION_JSON), 400).contains("\"message\":\"There is no security profile [Boss]; the"
                + " profiles are [Admin, Agent, CallCenterManager].\""));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"A user named 'admin'"
                + " exists already; change it with PUT.\"}", body(admin.post("/api/v1/users", "{\"username\": \"admin\"}",
                MediaType.APPLICATION_JSON), 409));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"There is no user"
                + " 'nobody'.\"}", body(admin.get("/api/v1/users/nobody"), 404));
        assertEquals(true, body(admin.post("/api/v1/users", "{\"username\": \"a:b\"}", MediaType.APPLICATION_JSON), 400)
                .contains("':' (HTTP Basic cannot send it)"));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"A security profile"
                + " named 'Admin' exists already.\"}", body(admin.post("/api/v1/security-profiles",
                "{\"name\": \"admin\", \"permissions\": []}", MediaType.APPLICATION_JSON), 409));
    }

    @Test
    void theLastAdministratorCannotLoseTheRightToAdminister() {
        String guard = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"This would leave"
                + " nobody who can sign in with both Users.Edit and SecurityProfiles.Edit; give another user the Admin"
                + " profile (and a password) first.\"}";
        assertEquals(guard, body(admin.put("/api/v1/users/admin/profiles", "{\"profiles\": [\"Agent\"]}"), 409));
        assertEquals(guard, body(admin.put("/api/v1/users/admin/disabled", "{\"disabled\": true}"), 409));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"'Admin' is a"
                + " built-in profile and cannot change; make a profile of your own instead.\"}",
                body(admin.put("/api/v1/security-profiles/Admin", "{\"permissions\": []}"), 409));
        body(admin.put("/api/v1/security-profiles/Agent", "{\"permissions\": [\"AgentTimeCard.View\"]}"), 409);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"'Agent' is a built-in"
                + " profile and cannot be deleted.\"}", body(admin.delete("/api/v1/security-profiles/Agent"), 409));
        // With a second administrator, the first may step down.
        ApiClient second = user("second-admin", "Admin");
        body(second.put("/api/v1/users/admin/profiles", "{\"profiles\": [\"CallCenterManager\"]}"), 200);
        body(admin.get("/api/v1/users"), 403);
        body(admin.report(null, TODAY), 200);
    }

    @Test
    void securityProfilesAreNamedPermissionSets() {
        assertEquals("{\"name\":\"Auditor\",\"permissions\":[\"AgentTimeCard.Delete\",\"AgentTimeCard.View\"],"
                + "\"builtIn\":false}", body(admin.post("/api/v1/security-profiles", "{\"name\": \" Auditor \","
                + " \"permissions\": [\"AgentTimeCard.View\", \"AgentTimeCard.Delete\"]}", MediaType.APPLICATION_JSON), 201));
        assertEquals("{\"items\":[{\"name\":\"Admin\",\"permissions\":[\"AgentEvents.Write\",\"AgentTimeCard.Delete\","
                + "\"AgentTimeCard.Edit\",\"AgentTimeCard.View\",\"SecurityProfiles.Edit\",\"Users.Edit\"],\"builtIn\":true},"
                + "{\"name\":\"Agent\",\"permissions\":[],\"builtIn\":true},"
                + "{\"name\":\"Auditor\",\"permissions\":[\"AgentTimeCard.Delete\",\"AgentTimeCard.View\"],\"builtIn\":false},"
                + "{\"name\":\"CallCenterManager\",\"permissions\":[\"AgentTimeCard.Edit\",\"AgentTimeCard.View\"],"
                + "\"builtIn\":true}]}", body(admin.get("/api/v1/security-profiles"), 200));
        user("auditor", "Auditor");
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"'Auditor' is held by"
                + " 1 user(s), such as 'auditor'; give them other profiles first.\"}",
                body(admin.delete("/api/v1/security-profiles/Auditor"), 409));
        assertEquals(true, body(admin.put("/api/v1/security-profiles/Auditor", "{\"permissions\": [\"Reports.All\"]}"),
                400).contains("\"message\":\"'Reports.All' is not a permission; the permissions are [AgentTimeCard.View,"
                + " AgentTimeCard.Edit, AgentTimeCard.Delete, Users.Edit, SecurityProfiles.Edit, AgentEvents.Write]\""));
        body(admin.put("/api/v1/users/auditor/profiles", "{\"profiles\": [\"Agent\"]}"), 200);
        assertEquals(204, admin.delete("/api/v1/security-profiles/Auditor").getStatus());
        body(admin.get("/api/v1/security-profiles/Auditor"), 404);
    }

    @Test
    void repeatedFailedSignInsLockTheUsernameForAMinute() {
        // A name of its own: the lockout outlives the test, as it would a request.
        ApiClient guessed = user("guessed", "CallCenterManager");
        for (int i = 0; i < 5; i++) {
            body(admin.as("guessed", "guess-" + i).report(null, TODAY), 401);
        }
        Response locked = guessed.report(null, TODAY);
        assertEquals("60", locked.getHeaderString("Retry-After"));
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Too many"
                + " failed sign-ins for this user; try again in 60 s.\"}", body(locked, 429));
        body(admin.report(null, TODAY), 200);
    }

    @Test
    void nobodyGrantsOrManagesPermissionsTheyDoNotHold() {
        body(admin.post("/api/v1/security-profiles", "{\"name\": \"UserManager\", \"permissions\": [\"Users.Edit\"]}",
                MediaType.APPLICATION_JSON), 201);
        body(admin.post("/api/v1/security-profiles", "{\"name\": \"ProfileManager\", \"permissions\":"
                + " [\"SecurityProfiles.Edit\"]}", MediaType.APPLICATION_JSON), 201);
        ApiClient users = user("user-manager", "UserManager");
        ApiClient profiles = user("profile-manager", "ProfileManager");
        String escalation = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"You cannot"
                + " grant, or manage a user or profile that holds, permissions you do not hold yourself: AgentEvents.Write,"
                + " AgentTimeCard.Delete, AgentTimeCard.Edit, AgentTimeCard.View, SecurityProfiles.Edit.\"}";
        assertEquals(escalation, body(users.put("/api/v1/users/user-manager/profiles", "{\"profiles\": [\"Admin\"]}"), 403));
        assertEquals(escalation, body(users.put("/api/v1/users/admin/password", "{\"password\": \"hijacked-password\"}"),
                403));
        assertEquals(escalation, body(users.post("/api/v1/users", "{\"username\": \"mole\", \"password\":"
                + " \"mole-password-1\", \"profiles\": [\"Admin\"]}", MediaType.APPLICATION_JSON), 403));
        body(users.post("/api/v1/users", "{\"username\": \"new-agent\"}", MediaType.APPLICATION_JSON), 201);
        body(admin.as(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD).report(null, TODAY), 200);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"You cannot grant,"
                + " or manage a user or profile that holds, permissions you do not hold yourself: Users.Edit.\"}",
                body(profiles.put("/api/v1/security-profiles/ProfileManager", "{\"permissions\": [\"SecurityProfiles.Edit\","
                        + " \"Users.Edit\"]}"), 403));
        body(profiles.get("/api/v1/users"), 403);
    }

    @Test
    void longPagesOfUsers() {
        for (int i = 0; i < 12; i++) {
            body(admin.post("/api/v1/users", "{\"username\": \"agent" + (10 + i) + "\"}", MediaType.APPLICATION_JSON), 201);
        }
        String page = body(admin.get("/api/v1/users"), 200);
        assertEquals(true, page.endsWith("\"offset\":0,\"limit\":50,\"total\":13}"), page);
        assertEquals(13, page.split("\"username\"").length - 1);
        String second = body(admin.get("/api/v1/users", Map.of("offset", 10, "limit", 10)), 200);
        assertEquals(3, second.split("\"username\"").length - 1, second);
    }
}
