package loginlogout.scheduling.configuration;

import loginlogout.domain.failure.InvalidSettingException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import loginlogout.domain.report.RangePreset;
import loginlogout.domain.report.ReportDefinition;
import loginlogout.domain.report.ReportRange;
import loginlogout.domain.report.SessionFilter;
import loginlogout.domain.schedule.ExportOrigin;
import loginlogout.domain.schedule.ExportSchedule;
import loginlogout.domain.schedule.Recurrence;
import loginlogout.domain.schedule.ScheduledExport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/** Exports from settings: read as written, and a wrong setting stops the start, naming it. */
class ConfigurationExportsTest {

    private static final Instant FIRST_SEEN = Instant.parse("2026-11-01T08:00:00Z");

    private static Config config(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("export.dir", "./exports");
        ConfigSource source = new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return all.keySet();
            }

            @Override
            public String getValue(String name) {
                return all.get(name);
            }

            @Override
            public String getName() {
                return "test settings";
            }
        };
        return ConfigProviderResolver.instance().getBuilder().withSources(source).withConverters().build();
    }

    private static List<ScheduledExport> exports(Map<String, String> settings) {
        return new ConfigurationExports(config(settings), Map.of(), (name, definition) -> FIRST_SEEN).all();
    }

    @Test
    void theDefinitionTextDoesNotDependOnTheOrderOfTheSettings() {
        List<String> texts = new java.util.ArrayList<>();
        for (String days : List.of("MONDAY,FRIDAY", "friday, monday")) {
            new ConfigurationExports(config(Map.of("exports.a.recurrence", "WEEKLY", "exports.a.days", days)), Map.of(),
                    (name, definition) -> {
                        texts.add(definition);
                        return FIRST_SEEN;
                    });
        }
        assertEquals(List.of("WEEKLY;FRIDAY,MONDAY;UTC;;YESTERDAY;;;", "WEEKLY;FRIDAY,MONDAY;UTC;;YESTERDAY;;;"), texts);
    }

    @Test
    void environmentVariablesNameExportsToo() {
        assertEquals(Set.of("ops_night", "sales"), ConfigurationExports.names(config(Map.of(
                "exports.sales.recurrence", "DAILY")), Map.of("EXPORTS_OPS_NIGHT_RECURRENCE", "DAILY",
                "EXPORTS_OPS_NIGHT_TIME_ZONE", "Europe/Berlin", "EXPORT_DIR", "/srv/exports", "PATH", "/usr/bin")));
        assertEquals("EXPORTS_OPS_TIMEZONE is not an export setting; as an environment variable an export's setting is"
                + " EXPORTS_<NAME>_ and one of RECURRENCE, DAYS, TIME_ZONE, PREFIX, RANGE, AGENT, ROUTING_PROFILE,"
                + " HIERARCHY_GROUP.", assertThrows(InvalidSettingException.class, () -> ConfigurationExports.names(
                config(Map.of()), Map.of("EXPORTS_OPS_RECURRENCE", "DAILY", "EXPORTS_OPS_TIMEZONE", "UTC")))
                .getMessage());
    }

    @Test
    void anExportIsReadFromItsSettings() {
        List<ScheduledExport> exports = exports(Map.of(
                "exports.sales.recurrence", "weekly",
                "exports.sales.days", "MONDAY,friday",
                "exports.sales.time-zone", "America/New_York",
                "exports.sales.prefix", "config/sales",
                "exports.sales.range", "LAST_2_DAYS",
                "exports.sales.routing-profile", "Sales Profile,Support",
                "exports.sales.hierarchy-group", "EMEA",
                "exports.all.recurrence", "DAILY"));

        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals(List.of(
                new ScheduledExport("configuration:all", ExportOrigin.CONFIGURATION, "all",
                        new ExportSchedule(Recurrence.DAILY, Set.of(), ZoneId.of("UTC"), ""),
                        new ReportDefinition(ReportRange.of(RangePreset.YESTERDAY), ZoneId.of("UTC"), SessionFilter.NONE),
                        FIRST_SEEN),
                new ScheduledExport("configuration:sales", ExportOrigin.CONFIGURATION, "sales",
                        new ExportSchedule(Recurrence.WEEKLY, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), newYork,
                                "config/sales"),
                        new ReportDefinition(ReportRange.of(RangePreset.LAST_2_DAYS), newYork, new SessionFilter(Set.of(),
                                Set.of("Sales Profile", "Support"), Set.of("EMEA"))),
                        FIRST_SEEN)), exports);
    }

    @Test
    void aWrongSettingStopsTheStartNamingIt() {
        Map<Map<String, String>, String> wrong = new LinkedHashMap<>();
        wrong.put(Map.of("exports.a.days", "MONDAY"), "exports.a.recurrence is missing: DAILY or WEEKLY.");
        wrong.put(Map.of("exports.a.recurrence", "HOURLY"),
                "exports.a.recurrence=HOURLY is not valid; use [DAILY, WEEKLY].");
        wrong.put(Map.of("exports.a.recurrence", "WEEKLY"), "exports.a.days: A WEEKLY schedule runs on at least one"
                + " day, such as [\"MONDAY\"].");
        wrong.put(Map.of("exports.a.recurrence", "WEEKLY", "exports.a.days", "MONDAY,FUNDAY"),
                "exports.a.days=FUNDAY is not valid; use weekdays such as MONDAY,FRIDAY.");
        wrong.put(Map.of("exports.a.recurrence", "DAILY", "exports.a.time-zone", "Mars/Olympus"),
                "exports.a.time-zone=Mars/Olympus is not a time zone; use an IANA id such as UTC or Europe/Berlin.");
        wrong.put(Map.of("exports.a.recurrence", "DAILY", "exports.a.timezone", "UTC"), "exports.a.timezone is not an"
                + " export setting; an export has [agent, days, hierarchy-group, prefix, range, recurrence,"
                + " routing-profile, time-zone].");
        wrong.put(Map.of("exports.a.recurrence", "DAILY", "exports.a.prefix", "../up"), "exports.a.prefix: A prefix is"
                + " up to 200 letters, digits, '-', '_' and '.', in folders separated by '/', such as ops/daily; no"
                + " folder may be empty, '.' or '..'. '../up' is not one.");
        wrong.put(Map.of("exports.a.recurrence", "DAILY", "exports.a.range", "TODAY"), "exports.a.range: An export's"
                + " range is YESTERDAY, LAST_24_HOURS, LAST_2_DAYS or LAST_3_DAYS, counted back from the midnight it"
                + " runs at; TODAY is not one.");
        wrong.put(Map.of("exports.night shift.recurrence", "DAILY"), "exports.night shift.recurrence: an export's name"
                + " is 1 to 100 letters, digits, '-' and '_', as in exports.daily-ops.recurrence.");
        for (Map.Entry<Map<String, String>, String> settings : wrong.entrySet()) {
            InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> exports(settings.getKey()),
                    settings.getKey().toString());
            assertEquals(settings.getValue(), e.getMessage());
        }
    }
}
