package loginlogout.bench;

import java.net.http.HttpResponse;

/** The HTTP report of the benchmark's day, from the request to its last byte. */
final class ReportTiming {

    static final String QUERY = "/api/v1/reports/login-logout?range=CUSTOM&timeZone=UTC&start="
            + EventHistory.REPORT_DAY + "T00:00:00&end=" + EventHistory.REPORT_DAY.plusDays(1) + "T00:00:00";

    private ReportTiming() {
    }

    static Timings json(Service service, int warmUp, int runs) throws Exception {
        String first = fetch(service, "application/json");
        String count = "\"rowCount\":" + EventHistory.REPORT_ROWS + ",";
        if (!first.contains(count)) {
            throw new IllegalStateException("the JSON report does not have " + EventHistory.REPORT_ROWS + " rows: "
                    + first.substring(0, Math.min(300, first.length())));
        }
        return timed(service, "application/json", warmUp, runs);
    }

    static Timings csv(Service service, int warmUp, int runs) throws Exception {
        long lines = fetch(service, "text/csv").lines().count();
        if (lines != EventHistory.REPORT_ROWS + 1) {
            throw new IllegalStateException("the CSV report has " + lines + " lines, not a header and "
                    + EventHistory.REPORT_ROWS + " rows");
        }
        return timed(service, "text/csv", warmUp, runs);
    }

    private static String fetch(Service service, String accept) throws Exception {
        HttpResponse<String> response = service.http.send(service.request(QUERY).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the report gave " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Timings timed(Service service, String accept, int warmUp, int runs) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            drain(service, accept);
        }
        service.awaitIdle();
        return Timings.measure(0, runs, () -> drain(service, accept));
    }

    private static void drain(Service service, String accept) throws Exception {
        LeanHttpGet.get(service.port(), QUERY, service.authorization(), accept);
    }
}
