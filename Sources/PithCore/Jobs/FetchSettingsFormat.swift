import Foundation
import Yams

/// The `settings:` keys that say how pages are fetched.
extension FetchSettings {
    static let keys = ["contact", "user_agent", "per_host_delay", "per_host_concurrency", "hosts"] + FetchLimitSettings.keys

    /// Reads one key of `settings:`; false when `key` is not a fetch key.
    mutating func read(_ key: String, _ value: Node, _ reader: YAMLReader) throws -> Bool {
        switch key {
        case "contact": contact = try reader.nonEmptyString(value, key)
        case "user_agent": userAgent = try reader.nonEmptyString(value, key)
        case "per_host_delay": perHostDelay = try reader.seconds(value, key)
        case "per_host_concurrency": perHostConcurrency = try reader.int(value, key, minimum: 1)
        case "hosts": hosts = try Self.hosts(value, reader)
        default: return try limits.read(key, value, reader)
        }
        return true
    }

    /// `hosts:`: host name → `{delay: SECONDS, concurrency: N}`, either optional.
    private static func hosts(_ node: Node, _ reader: YAMLReader) throws -> [String: HostSettings] {
        if node.null != nil { return [:] }
        var hosts: [String: HostSettings] = [:]
        for (name, keyNode, value) in try reader.pairs(node, "hosts") {
            let host = try hostName(name, keyNode, reader)
            guard hosts[host] == nil else { throw reader.error(keyNode, "the host \(host) appears twice in hosts") }
            hosts[host] = try HostSettings(value, host: host, reader)
        }
        return hosts
    }

    /// A host name as the fetcher matches it: lower case, no scheme, path or port.
    private static func hostName(_ name: String, _ node: Node, _ reader: YAMLReader) throws -> String {
        var host = name.trimmingCharacters(in: .whitespaces).lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let hasPort = host.split(separator: ":").count == 2
        guard !host.isEmpty, !host.contains("/"), !hasPort, !host.contains(where: \.isWhitespace) else {
            throw reader.error(node, "\"\(name)\" in hosts is not a host name: write it as example.org (no scheme, path or port)")
        }
        return host
    }
}

extension HostSettings {
    static let keys = ["delay", "concurrency"]

    /// One entry of `hosts:`.
    init(_ node: Node, host: String, _ reader: YAMLReader) throws {
        self.init()
        let what = "hosts.\(host)"
        if node.null != nil { return }
        for (key, keyNode, value) in try reader.pairs(node, what) {
            switch key {
            case "delay": delay = try reader.seconds(value, "\(what).delay")
            case "concurrency": concurrency = try reader.int(value, "\(what).concurrency", minimum: 1)
            default: throw reader.unknownKey(key, at: keyNode, allowed: Self.keys, in: what)
            }
        }
    }
}

extension FetchLimitSettings {
    static let keys = [
        "connect_timeout", "timeout", "low_speed_limit", "low_speed_time", "max_redirects", "max_size", "max_decoded_size",
        "retries", "crawl_delay_cap",
    ]

    /// Reads one limit key of `settings:`; false when `key` is not one.
    mutating func read(_ key: String, _ value: Node, _ reader: YAMLReader) throws -> Bool {
        switch key {
        case "connect_timeout": connectTimeout = try reader.seconds(value, key, allowZero: false)
        case "timeout": totalTimeout = try reader.seconds(value, key, allowZero: false)
        case "low_speed_limit": lowSpeedBytesPerSecond = try reader.int(value, key, minimum: 0)
        case "low_speed_time": lowSpeedSeconds = try reader.seconds(value, key, allowZero: false)
        case "max_redirects": maxRedirects = try reader.int(value, key, minimum: 0)
        case "max_size": maxBodyBytes = try reader.megabytes(value, key)
        case "max_decoded_size": maxDecodedBytes = try reader.megabytes(value, key)
        case "retries": maxRetries = try reader.int(value, key, minimum: 0)
        case "crawl_delay_cap": crawlDelayCap = try reader.seconds(value, key)
        default: return false
        }
        return true
    }
}

extension YAMLReader {
    /// A number of seconds (`1.5`) or a duration (`2s`, `1m`); 0 only when `allowZero`.
    func seconds(_ node: Node, _ key: String, allowZero: Bool = true) throws -> Double {
        let value: Double
        if let number = node.float, number.isFinite {
            value = number
        } else if let text = node.scalar?.string, let seconds = Schedule.parseDuration(text) {
            value = Double(seconds)
        } else {
            throw error(node, "\(key) must be a number of seconds or a duration such as 2s")
        }
        guard allowZero ? value >= 0 : value > 0 else {
            throw error(node, "\(key) must be \(allowZero ? "0 or more" : "more than 0") seconds")
        }
        return value
    }

    /// A size in MB (`10`, `0.5`), returned in bytes.
    func megabytes(_ node: Node, _ key: String) throws -> Int {
        guard let number = node.float, number.isFinite else { throw error(node, "\(key) must be a number of MB such as 10 or 0.5") }
        guard number > 0, number <= Self.maxMegabytes else {
            throw error(node, "\(key) must be more than 0 and at most \(Int(Self.maxMegabytes)) MB")
        }
        return FetchLimitSettings.bytes(megabytes: number)
    }

    /// The largest size accepted, in MB, so that it fits in bytes whatever the platform.
    static let maxMegabytes: Double = 1_000_000
}
