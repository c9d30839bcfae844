package loginlogout.web.problems;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import loginlogout.domain.failure.ConflictException;
import loginlogout.domain.failure.InvalidInputException;
import loginlogout.domain.failure.NotPermittedException;
import loginlogout.domain.report.InvalidReportDefinitionException;
import loginlogout.domain.report.ReportTooLargeException;

/** The one place that turns a failure into an answer: always a problem body, never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Response response = problemOf(failure).toResponse();
        if (failure instanceof NotAllowedException notAllowed) {
            return Response.fromResponse(response).allow(notAllowed.getResponse().getAllowedMethods()).build();
        }
        return response;
    }

    static Problem problemOf(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem.problem();
        }
        if (failure instanceof InvalidReportDefinitionException invalid) {
            return Problem.ofParameter(invalid.setting(), invalid.getMessage());
        }
        if (failure instanceof ReportTooLargeException tooLarge) {
            return new Problem(422, "Unprocessable Content", tooLarge.getMessage(), null, List.of());
        }
        if (failure instanceof loginlogout.domain.failure.NotFoundException notFound) {
            return Problem.of(Response.Status.NOT_FOUND, notFound.getMessage());
        }
        if (failure instanceof ConflictException conflict) {
            return Problem.of(Response.Status.CONFLICT, conflict.getMessage());
        }
        if (failure instanceof NotPermittedException notPermitted) {
            return Problem.of(Response.Status.FORBIDDEN, notPermitted.getMessage());
        }
        if (failure instanceof InvalidInputException invalid) {
            return Problem.ofFields(invalid.getMessage(), List.of(new FieldError(0, invalid.field(),
                    invalid.getMessage())));
        }
        if (failure instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND,
                    "There is nothing at this address. The API is under /api/v1: see the README.");
        }
        if (failure instanceof NotAllowedException notAllowed) {
            return new Problem(405, "Method Not Allowed", "This address does not take that method; it takes "
                    + String.join(", ", new TreeSet<>(notAllowed.getResponse().getAllowedMethods())) + ".",
                    null, List.of());
        }
        if (failure instanceof NotSupportedException) {
            return new Problem(415, "Unsupported Media Type", "This address takes a JSON body: send it with"
                    + " Content-Type: application/json.", null, List.of());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new Problem(status.getStatusCode(), status.getReasonPhrase(),
                    web.getMessage() == null ? status.getReasonPhrase() : web.getMessage(), null, List.of());
        }
        LOG.log(Level.SEVERE, "Request failed", failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "The service failed to answer; nothing of this request was stored. Try again, and report it if it"
                        + " persists.");
    }
}
