package loginlogout.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Times and durations as the report writes them, written out by hand, are the pattern's exactly. */
class ReportFormatTest {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    @Test
    void aTimeIsWhatThePatternWritesInEveryKindOfZone() {
        SplittableRandom random = new SplittableRandom(20261203);
        String[] zones = {"UTC", "Europe/Berlin", "America/New_York", "America/St_Johns", "Asia/Kathmandu",
            "Pacific/Chatham", "Australia/Lord_Howe", "Europe/Amsterdam"};
        for (int i = 0; i < 20_000; i++) {
            // 1890 to 2100: before 1937 Amsterdam's offset had seconds, which the pattern drops.
            Instant time = Instant.ofEpochSecond(random.nextLong(-2_524_521_600L, 4_102_444_800L), random.nextInt(1_000_000_000));
            ZoneId zone = ZoneId.of(zones[random.nextInt(zones.length)]);
            assertEquals(PATTERN.format(time.atZone(zone)), ReportFormat.time(time, zone), time + " in " + zone);
        }
        assertEquals("2026-11-02T08:00:00-05:00",
                ReportFormat.time(Instant.parse("2026-11-02T13:00:00Z"), ZoneId.of("America/New_York")));
        assertEquals("2026-11-02T18:45:00+05:45",
                ReportFormat.time(Instant.parse("2026-11-02T13:00:00Z"), ZoneId.of("Asia/Kathmandu")));
    }

    @Test
    void aDurationIsHoursNotWrappedMinutesAndSeconds() {
        assertEquals("0:00:00", ReportFormat.duration(Duration.ZERO));
        assertEquals("8:30:10", ReportFormat.duration(Duration.parse("PT8H30M10S")));
        assertEquals("30:05:09", ReportFormat.duration(Duration.parse("PT30H5M9S")));
        assertEquals("124:00:59", ReportFormat.duration(Duration.parse("PT124H59S")));
    }
}
