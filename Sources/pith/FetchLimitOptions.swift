import ArgumentParser
import PithFetch

/// The fetch limit flags, shared by the commands that fetch many pages.
struct FetchLimitOptions: ParsableArguments {
    @Option(name: .long, help: "Seconds to establish a connection.")
    var connectTimeout: Double = FetchLimits().connectTimeout

    @Option(name: .long, help: "Seconds for a whole transfer.")
    var timeout: Double = FetchLimits().totalTimeout

    @Option(name: .long, help: "Redirects followed before giving up.")
    var maxRedirects: Int = FetchLimits().maxRedirects

    @Option(name: .long, help: "Largest response accepted, in MB.")
    var maxSize: Double = Double(FetchLimits().maxBodyBytes) / Double(1 << 20)

    @Option(name: .long, help: "Retries after the first attempt (network errors, 408, 429, 5xx).")
    var retries: Int = FetchLimits().maxRetries

    func validate() throws {
        guard connectTimeout > 0, connectTimeout.isFinite else { throw ValidationError("--connect-timeout must be more than 0 seconds") }
        guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be more than 0 seconds") }
        guard maxRedirects >= 0 else { throw ValidationError("--max-redirects must be 0 or more") }
        guard maxSize > 0, maxSize <= 1_000_000 else { throw ValidationError("--max-size must be more than 0 MB") }
        guard retries >= 0 else { throw ValidationError("--retries must be 0 or more") }
    }

    func apply(to defaults: FetchLimits) -> FetchLimits {
        var limits = defaults
        limits.connectTimeout = connectTimeout
        limits.totalTimeout = timeout
        limits.maxRedirects = maxRedirects
        limits.maxBodyBytes = Int(maxSize * Double(1 << 20))
        // A compressed body may grow; never let the decoded cap be below the wire cap.
        limits.maxDecodedBytes = max(limits.maxDecodedBytes, limits.maxBodyBytes)
        limits.maxRetries = retries
        return limits
    }
}
