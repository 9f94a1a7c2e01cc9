import PithCore
import Testing

/// The line and message of the configuration error `load` throws, or nil when it loads. Every
/// config test reads its jobs file as `/etc/pith/jobs.yaml`, so the error must name that file.
func configFailure(_ load: () throws -> Void) -> (line: Int?, message: String)? {
    do {
        try load()
        return nil
    } catch let JobsConfigError.invalid(file, line, message) {
        #expect(file == "/etc/pith/jobs.yaml")
        return (line, message)
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}
