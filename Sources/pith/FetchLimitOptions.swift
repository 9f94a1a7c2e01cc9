import ArgumentParser
import PithCore
import PithFetch

/// The fetch limit flags, shared by the commands that fetch many pages.
///
/// Each is nil when not given, so the jobs file's `settings:` (and then Pith's defaults)
/// apply; see ``FetchSettings/configuration(settings:flags:defaults:)``.
struct FetchLimitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Seconds to establish a connection (default: \(Self.shown(Self.defaults.connectTimeout))).", valueName: "seconds"))
    var connectTimeout: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Seconds for a whole transfer (default: \(Self.shown(Self.defaults.totalTimeout))).", valueName: "seconds"))
    var timeout: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Bytes per second below which a transfer is too slow; 0 turns the check off (default: \(Self.defaults.lowSpeedBytesPerSecond)).", valueName: "bytes-per-s"))
    var lowSpeedLimit: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Seconds a transfer may stay under --low-speed-limit before it is cut off (default: \(Self.shown(Self.defaults.lowSpeedSeconds))).",
        valueName: "seconds"))
    var lowSpeedTime: Double?

    @Option(name: .long, help: "Redirects followed before giving up (default: \(Self.defaults.maxRedirects)).")
    var maxRedirects: Int?

    @Option(name: .long, help: ArgumentHelp("Largest response accepted on the wire, in MB (default: \(Self.defaults.maxBodyBytes >> 20)).", valueName: "mb"))
    var maxSize: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Largest response accepted after decompression, in MB; never below --max-size (default: \(Self.defaults.maxDecodedBytes >> 20)).", valueName: "mb"))
    var maxDecodedSize: Double?

    @Option(name: .long, help: "Retries after the first attempt, for network errors, 408, 429 and 5xx (default: \(Self.defaults.maxRetries)).")
    var retries: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Longest robots.txt Crawl-delay honoured, in seconds; a host asking more is put off (default: \(Self.shown(Self.defaults.crawlDelayCap))).",
        valueName: "seconds"))
    var crawlDelayCap: Double?

    func validate() throws {
        try Self.check(connectTimeout, "--connect-timeout", "more than 0 seconds") { $0 > 0 && $0.isFinite }
        try Self.check(timeout, "--timeout", "more than 0 seconds") { $0 > 0 && $0.isFinite }
        try Self.check(lowSpeedLimit, "--low-speed-limit", "0 or more bytes per second") { $0 >= 0 }
        try Self.check(lowSpeedTime, "--low-speed-time", "more than 0 seconds") { $0 > 0 && $0.isFinite }
        try Self.check(maxRedirects, "--max-redirects", "0 or more") { $0 >= 0 }
        try Self.check(maxSize, "--max-size", "more than 0 MB, at most 1000000") { $0 > 0 && $0 <= 1_000_000 }
        try Self.check(maxDecodedSize, "--max-decoded-size", "more than 0 MB, at most 1000000") { $0 > 0 && $0 <= 1_000_000 }
        try Self.check(retries, "--retries", "0 or more") { $0 >= 0 }
        try Self.check(crawlDelayCap, "--crawl-delay-cap", "0 or more seconds") { $0 >= 0 && $0.isFinite }
    }

    /// The limits given on the command line; nil for those that were not.
    var settings: FetchLimitSettings {
        FetchLimitSettings(
            connectTimeout: connectTimeout, totalTimeout: timeout, lowSpeedBytesPerSecond: lowSpeedLimit,
            lowSpeedSeconds: lowSpeedTime, maxRedirects: maxRedirects,
            maxBodyBytes: maxSize.map { FetchLimitSettings.bytes(megabytes: $0) },
            maxDecodedBytes: maxDecodedSize.map { FetchLimitSettings.bytes(megabytes: $0) },
            maxRetries: retries, crawlDelayCap: crawlDelayCap)
    }

    private static let defaults = FetchLimits()

    /// A number of seconds as a user writes it: `10`, `1.5`.
    static func shown(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e9 ? String(Int(seconds)) : String(seconds)
    }

    /// Throws "FLAG must be RULE" when `value` was given and fails `isValid`.
    private static func check<Value>(_ value: Value?, _ flag: String, _ rule: String, _ isValid: (Value) -> Bool) throws {
        if let value, !isValid(value) { throw ValidationError("\(flag) must be \(rule)") }
    }
}
