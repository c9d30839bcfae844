package loginlogout.domain.recording;

/** What became of a batch of events: how many arrived, how many were new, how many were redelivered. */
public record RecordingResult(int received, int stored, int duplicates) {
}
