import Foundation
import PithFetch
import Testing
import _PithTestSupport

@testable import PithCore

private func settings(_ text: String) throws -> JobsSettings {
    try JobsFileLoader.parse(text, path: "/etc/pith/jobs.yaml", home: "/home/ana").settings
}

/// The line and message of the error `text` gives, or nil when it loads.
private func failure(_ text: String) -> (line: Int?, message: String)? {
    configFailure { _ = try settings(text) }
}

/// The fetch keys of the jobs file's `settings:`, and how they stack with the defaults and flags.
@Suite struct FetchSettingsTests {
    static let megabyte = 1 << 20

    @Test func readsEveryFetchKey() throws {
        let fetch = try settings("""
            settings:
              contact: ana@example.org
              per_host_delay: 2s
              per_host_concurrency: 2
              connect_timeout: 5
              timeout: 2m
              low_speed_limit: 512
              low_speed_time: 30s
              max_redirects: 3
              max_size: 2.5
              max_decoded_size: 20
              retries: 0
              crawl_delay_cap: 0
              hosts:
                Slow.Example.org: {delay: 1m30s, concurrency: 1}
                fast.example.org: {concurrency: 4}
                "[::1]": {delay: 0.5}
                quiet.example.org:
            """).fetch
        #expect(fetch.contact == "ana@example.org")
        #expect(fetch.perHostDelay == 2)
        #expect(fetch.perHostConcurrency == 2)
        #expect(fetch.limits == FetchLimitSettings(
            connectTimeout: 5, totalTimeout: 120, lowSpeedBytesPerSecond: 512, lowSpeedSeconds: 30, maxRedirects: 3,
            maxBodyBytes: 5 * Self.megabyte / 2, maxDecodedBytes: 20 * Self.megabyte, maxRetries: 0, crawlDelayCap: 0))
        #expect(fetch.hosts == [
            "slow.example.org": HostSettings(delay: 90, concurrency: 1),
            "fast.example.org": HostSettings(concurrency: 4),
            "::1": HostSettings(delay: 0.5),
            "quiet.example.org": HostSettings(),
        ])
    }

    @Test func leavesUnsaidValuesUnset() throws {
        let fetch = try settings("settings:\n  contact: ana@example.org\n").fetch
        #expect(fetch.limits == FetchLimitSettings())
        #expect(fetch.hosts.isEmpty)
    }

    @Test(arguments: [
        ("settings:\n  connect_timeout: 0\n", 2, "connect_timeout must be more than 0 seconds"),
        ("settings:\n  timeout: soon\n", 2, "timeout must be a number of seconds or a duration such as 2s"),
        ("settings:\n  timeout: .inf\n", 2, "timeout must be a number of seconds or a duration"),
        ("settings:\n  low_speed_limit: -1\n", 2, "low_speed_limit must be at least 0"),
        ("settings:\n  low_speed_limit: 1.5\n", 2, "low_speed_limit must be a whole number"),
        ("settings:\n  low_speed_time: 0s\n", 2, "low_speed_time must be a number of seconds or a duration"),
        ("settings:\n  low_speed_time: -3\n", 2, "low_speed_time must be more than 0 seconds"),
        ("settings:\n  max_redirects: many\n", 2, "max_redirects must be a whole number"),
        ("settings:\n  max_size: 0\n", 2, "max_size must be more than 0 and at most 1000000 MB"),
        ("settings:\n  max_size: 10MB\n", 2, "max_size must be a number of MB such as 10 or 0.5"),
        ("settings:\n  max_decoded_size: 2000000\n", 2, "max_decoded_size must be more than 0 and at most 1000000 MB"),
        ("settings:\n  retries: -1\n", 2, "retries must be at least 0"),
        ("settings:\n  crawl_delay_cap: -5\n", 2, "crawl_delay_cap must be 0 or more seconds"),
        ("settings:\n  per_host_delay: -1\n", 2, "per_host_delay must be 0 or more seconds"),
        ("settings:\n  retires: 2\n", 2, #"unknown key "retires" in settings (did you mean "retries"?)"#),
        ("settings:\n  hosts: [example.org]\n", 2, "hosts must be a mapping"),
        ("settings:\n  hosts:\n    example.org: 2\n", 3, "hosts.example.org must be a mapping"),
        ("settings:\n  hosts:\n    example.org: {delay: 1, concurency: 2}\n", 3,
         #"unknown key "concurency" in hosts.example.org (did you mean "concurrency"?); allowed: delay, concurrency"#),
        ("settings:\n  hosts:\n    example.org:\n      delay: later\n", 4, "hosts.example.org.delay must be a number of seconds"),
        ("settings:\n  hosts:\n    example.org: {concurrency: 0}\n", 3, "hosts.example.org.concurrency must be at least 1"),
        ("settings:\n  hosts:\n    https://example.org/: {delay: 2}\n", 3, "is not a host name: write it as example.org"),
        ("settings:\n  hosts:\n    example.org:8080: {delay: 2}\n", 3, "is not a host name"),
        ("settings:\n  hosts:\n    example.org: {delay: 2}\n    EXAMPLE.org: {delay: 3}\n", 4, "the host example.org appears twice"),
    ])
    func invalidValuesNameTheirLine(text: String, line: Int, message: String) throws {
        let found = try #require(failure(text))
        #expect(found.line == line)
        #expect(found.message.contains(message), "\(found.message)")
    }

    @Test func flagsOverrideSettingsWhichOverrideDefaults() {
        let fromFile = FetchSettings(
            contact: "file@example.org", perHostDelay: 3, perHostConcurrency: 2,
            limits: FetchLimitSettings(connectTimeout: 5, totalTimeout: 20, maxRedirects: 2, maxRetries: 1, crawlDelayCap: 4))
        let flags = FetchSettings(
            contact: "flag@example.org", perHostDelay: 0,
            limits: FetchLimitSettings(totalTimeout: 90, lowSpeedBytesPerSecond: 0, maxRetries: 5))
        let configuration = FetchSettings.configuration(settings: fromFile, flags: flags)
        let defaults = FetchConfiguration()

        #expect(configuration.userAgent == FetchConfiguration.userAgent(contact: "flag@example.org"))
        #expect(configuration.perHostDelay == 0)  // flag
        #expect(configuration.perHostConcurrency == 2)  // settings
        #expect(configuration.limits.connectTimeout == 5)  // settings
        #expect(configuration.limits.totalTimeout == 90)  // flag over settings
        #expect(configuration.limits.lowSpeedBytesPerSecond == 0)  // flag over default
        #expect(configuration.limits.lowSpeedSeconds == defaults.limits.lowSpeedSeconds)
        #expect(configuration.limits.maxRedirects == 2)
        #expect(configuration.limits.maxRetries == 5)
        #expect(configuration.limits.crawlDelayCap == 4)
        #expect(configuration.limits.maxBodyBytes == defaults.limits.maxBodyBytes)
        #expect(configuration.limits.retryAfterCap == defaults.limits.retryAfterCap)
        #expect(configuration.maxConcurrent == defaults.maxConcurrent)
        #expect(configuration.respectRobots)
    }

    @Test func nothingSaidGivesTheDefaults() {
        #expect(FetchSettings.configuration(settings: FetchSettings(), flags: FetchSettings()) == FetchConfiguration())
    }

    @Test func theDecodedCapIsNeverBelowTheWireCap() {
        let settings = FetchSettings(limits: FetchLimitSettings(maxDecodedBytes: 20 * Self.megabyte))
        let flags = FetchSettings(limits: FetchLimitSettings(maxBodyBytes: 30 * Self.megabyte))
        let limits = FetchSettings.configuration(settings: settings, flags: flags).limits
        #expect(limits.maxBodyBytes == 30 * Self.megabyte)
        #expect(limits.maxDecodedBytes == 30 * Self.megabyte)
        let smaller = FetchSettings.configuration(settings: FetchSettings(limits: FetchLimitSettings(maxBodyBytes: Self.megabyte)), flags: FetchSettings())
        #expect(smaller.limits.maxDecodedBytes == FetchLimits().maxDecodedBytes)
    }

    @Test func aContactFlagReplacesTheFilesUserAgent() {
        let fromFile = FetchSettings(contact: "file@example.org", userAgent: "MyBot/1.0")
        #expect(FetchSettings.configuration(settings: fromFile, flags: FetchSettings()).userAgent == "MyBot/1.0")
        let configuration = FetchSettings.configuration(settings: fromFile, flags: FetchSettings(contact: "flag@example.org"))
        #expect(configuration.userAgent == FetchConfiguration.userAgent(contact: "flag@example.org"))
    }

    @Test func aHostPolicyTakesItsMissingValueFromTheGlobalSetting() {
        let fromFile = FetchSettings(
            perHostDelay: 2, perHostConcurrency: 3,
            hosts: ["slow.example.org": HostSettings(delay: 10), "busy.example.org": HostSettings(concurrency: 1)])
        let configuration = FetchSettings.configuration(settings: fromFile, flags: FetchSettings(perHostDelay: 0.5))
        #expect(configuration.hostPolicies == [
            "slow.example.org": HostPolicy(concurrency: 3, delay: 10),
            "busy.example.org": HostPolicy(concurrency: 1, delay: 0.5),
        ])
    }

    @Test func runAndCheckApplyTheFilesLimitsAndHosts() throws {
        let file = try settings("""
            settings:
              timeout: 30s
              max_size: 1
              hosts: {example.org: {delay: 5}}
            """)
        let configuration = FetcherJobSource.configuration(file)
        #expect(configuration.limits.totalTimeout == 30)
        #expect(configuration.limits.maxBodyBytes == Self.megabyte)
        #expect(configuration.hostPolicies["example.org"] == HostPolicy(concurrency: 1, delay: 5))
    }

    @Test func settingsForScrapeNeedAFileOnlyWhenOneIsNamed() throws {
        let folder = TemporaryFolder("pith-settings")
        let environment = ["HOME": folder.path]
        #expect(try StoreContext(environment: environment).loadSettings() == JobsSettings())
        let missing = folder.file("missing.yaml")
        #expect(throws: JobsConfigError.notFound(searched: [missing])) {
            try StoreContext(configPath: missing, environment: environment).loadSettings()
        }
        let path = try folder.write("settings: {contact: ana@example.org, retries: 1}\n", to: ".config/pith/jobs.yaml")
        #expect(try StoreContext(environment: environment).loadSettings().fetch.contact == "ana@example.org")
        #expect(try StoreContext(configPath: path, environment: [:]).loadSettings().fetch.limits.maxRetries == 1)
    }
}
