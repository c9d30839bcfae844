package loginlogout.web.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import loginlogout.domain.access.Permission;
import loginlogout.domain.recording.EventRecorder;
import loginlogout.web.json.RequestBody;
import loginlogout.web.observe.ServiceMetrics;
import loginlogout.domain.recording.RecordingResult;
import loginlogout.domain.session.UnitOfWork;
import loginlogout.domain.session.UserStore;

/** Where logins and logouts come in: in the API's own shape, or as Amazon Connect agent event records. */
@Path("/api/v1/events")
@ApplicationScoped
@RolesAllowed(Permission.Names.AGENT_EVENTS_WRITE)
public class EventsResource {

    private static final String NDJSON = "application/x-ndjson";
    private static final String RECORDS = "agent event records: a JSON array, one object, or one per line as "
            + NDJSON;

    private final EventRecorder recorder;
    private final UserStore users;
    private final UnitOfWork unitOfWork;
    private final ServiceMetrics metrics;

    @Inject
    EventsResource(EventRecorder recorder, UserStore users, UnitOfWork unitOfWork, ServiceMetrics metrics) {
        this.recorder = recorder;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String record(InputStream body) throws IOException {
        RecordingResult result = recorder.record(EventJson.parse(text(body)));
        metrics.eventsRecorded("api", result);
        return counts(result).build().toString();
    }

    @POST
    @Path("/amazon-connect")
    @Produces(MediaType.APPLICATION_JSON)
    public String recordAmazonConnect(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        String text = text(body);
        // A file of records posted without its content type is still recognised as one record per line.
        boolean ndjson = (contentType != null && contentType.startsWith(NDJSON))
                || (text.strip().contains("\n") && !text.strip().startsWith("[") && !RequestBody.isJson(text));
        AmazonConnectRecords.Parsed parsed = AmazonConnectRecords.parse(
                ndjson ? RequestBody.lines(text, RECORDS) : RequestBody.elements(text, RECORDS),
                agentId -> unitOfWork.inTransaction(() -> users.usernameOfAgent(agentId)));
        RecordingResult result = recorder.record(parsed.events());
        metrics.eventsRecorded("amazon-connect", result);
        return counts(new RecordingResult(result.received() + parsed.skipped(), result.stored(), result.duplicates()))
                .add("skipped", parsed.skipped()).build().toString();
    }

    private static JsonObjectBuilder counts(RecordingResult result) {
        return Json.createObjectBuilder().add("received", result.received()).add("stored", result.stored())
                .add("duplicates", result.duplicates());
    }

    private static String text(InputStream body) throws IOException {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    }
}
