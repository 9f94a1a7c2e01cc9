import Foundation
import PithExtract
import Testing

@testable import PithCore

private func parse(_ text: String) throws -> JobsFile {
    try JobsFileLoader.parse(text, path: "/etc/pith/jobs.yaml", home: "/home/ana")
}

/// The line an invalid config is reported at, and its message.
private func failure(_ text: String) -> (line: Int?, message: String)? {
    configFailure { _ = try parse(text) }
}

@Suite struct JobsFileTests {
    @Test func readsSettingsDefaultsAndJobs() throws {
        let file = try parse("""
            # my watch list
            settings:
              contact: ana@example.org
              per_host_delay: 2s
              output_dir: articles
              atom_feed: ~/feeds/pith.xml
              store: /var/lib/pith/pith.sqlite
            defaults:
              every: 6h
              headers: {Accept-Language: en}
              max_tries: 5
            jobs:
              - name: council
                url: https://example.org/council/budget
                tags: [local, politics]
                headers: {X-Token: abc}
                schedule: "0 9 * * 1-5"
                ignore: [dates, 'Updated: .*']
                selectors:
                  content: //article[@id='story']
                  strip: [//aside, "//div[contains(@class, 'promo')]"]
                on_change: notify-send pith
                webhook: https://hooks.example.org/pith
              - https://example.org/plain
              - url: file:///srv/pages/local.html
                enabled: false
            """)
        #expect(file.format == .pith)
        #expect(file.settings.fetch.contact == "ana@example.org")
        #expect(file.settings.fetch.perHostDelay == 2)
        #expect(file.settings.outputDirectory == "/etc/pith/articles")
        #expect(file.settings.atomFeed == "/home/ana/feeds/pith.xml")
        #expect(file.settings.store == "/var/lib/pith/pith.sqlite")
        #expect(file.jobs.map(\.name) == ["council", "https://example.org/plain", "file:///srv/pages/local.html"])

        let council = file.jobs[0]
        #expect(council.line == 13)
        #expect(council.tags == ["local", "politics"])
        #expect(council.headers == ["Accept-Language": "en", "X-Token": "abc"])
        #expect(council.schedule.summary == "schedule 0 9 * * 1-5")
        #expect(council.ignore.map(\.source) == ["dates", "Updated: .*"])
        #expect(council.selectors?.content?.source == "//article[@id='story']")
        #expect(council.selectors?.strip.map(\.source) == ["//aside", "//div[contains(@class, 'promo')]"])
        #expect(council.maxTries == 5)
        #expect(council.deliveryTargets.map(\.channel) == [.onChange, .webhook])

        let plain = file.jobs[1]
        #expect(plain.schedule == .every(seconds: 21_600))
        #expect(plain.ignore == IgnoreRule.defaults)
        #expect(plain.headers == ["Accept-Language": "en"])
        #expect(!file.jobs[2].enabled)
    }

    @Test(arguments: [
        ("jobs:\n  - url: https://a.example/\n    evry: 1h\n", 3, #"unknown key "evry" in a job (did you mean "every"?)"#),
        ("jobs:\n  - url: https://a.example/\n    every: 1h\n    schedule: '0 * * * *'\n", 2, "every or schedule, not both"),
        ("jobs:\n  - url: https://a.example/\n    every: 30s\n", 3, "shorter than the minimum, 1m"),
        ("jobs:\n  - url: https://a.example/\n    every: soon\n", 3, "is not a duration"),
        ("jobs:\n  - url: https://a.example/\n    schedule: '61 * * * *'\n", 3, "minute 61 is outside 0-59"),
        ("jobs:\n  - url: https://a.example/\n    schedule: '* * *'\n", 3, "has 5 fields"),
        ("jobs:\n  - url: ftp://a.example/\n", 2, "only http, https and file URLs"),
        ("jobs:\n  - name: x\n", 2, "this job has no url"),
        ("jobs:\n  - url: https://a.example/\n  - url: https://a.example/\n", 3, "two jobs are named"),
        ("jobs:\n  - url: https://a.example/\n    ignore: ['(unclosed']\n", 3, "nor a valid regular expression"),
        ("jobs:\n  - url: https://a.example/\n    max_tries: 0\n", 3, "max_tries must be at least 1"),
        ("jobs:\n  - url: https://a.example/\n    selectors: {content: \"//div[@id='x'\"}\n", 3, "selectors.content: "),
        ("jobs:\n  - url: https://a.example/\n    selectors: {strip: [\"count(//p)\"]}\n", 3, "selectors.strip[1]: \"count(//p)\" computes a number"),
        ("jobs:\n  - url: https://a.example/\n    webhook: mailto:me@example.org\n", 3, "must be an http or https URL"),
        ("settings:\n  output_format: pdf\n", 2, "output_format must be json, markdown or text"),
        ("jobs:\n  - url: https://a.example/\n    tags: [a, b\n", 4, "YAML syntax error"),
        ("jobs:\n  - url: https://a.example/\n    url: https://b.example/\n", 2, "appears twice"),
        ("jobs: https://a.example/\n", 1, "jobs must be a list"),
    ])
    func invalidConfigNamesItsLine(text: String, line: Int, message: String) throws {
        let found = try #require(failure(text))
        #expect(found.line == line)
        #expect(found.message.contains(message), "\(found.message)")
    }

    @Test func errorMessagesStartWithFileAndLine() {
        let error = JobsConfigError.invalid(file: "jobs.yaml", line: 7, message: "this job has no url")
        #expect(error.description == "jobs.yaml:7: this job has no url")
    }

    @Test func readsUrlwatchStreams() throws {
        let file = try parse("""
            name: Council budget
            url: https://example.org/council/budget
            max_tries: 2
            filter: html2text
            ---
            url: https://example.org/plain
            ---
            name: uptime
            command: uptime
            """)
        #expect(file.format == .urlwatch)
        #expect(file.jobs.map(\.name) == ["Council budget", "https://example.org/plain"])
        #expect(file.jobs[0].maxTries == 2)
        #expect(file.jobs[1].line == 6)
        #expect(file.warnings.count == 2)
        #expect(file.warnings[0].contains("ignoring the urlwatch key \"filter\""))
    }

    @Test func readsPlainURLLists() throws {
        let file = try parse("# news\nhttps://example.org/a\n\nhttps://example.org/b  \n")
        #expect(file.format == .urlList)
        #expect(file.jobs.map(\.url) == ["https://example.org/a", "https://example.org/b"])
        #expect(file.jobs.map(\.line) == [2, 4])
    }

    @Test func somethingElseIsRefused() throws {
        #expect(failure("just: some\nother: yaml\n")?.message.contains("not a jobs file") == true)
        #expect(try parse("# nothing yet\n").jobs.isEmpty)
    }
}

@Suite struct LocationTests {
    @Test func jobsFileFollowsFlagThenEnvironmentThenXDG() {
        #expect(Locations(environment: ["PITH_CONFIG": "/env.yaml"]).jobsFile(explicit: "/flag.yaml") == "/flag.yaml")
        #expect(Locations(environment: ["PITH_CONFIG": "/env.yaml", "HOME": "/h"]).jobsFile() == "/env.yaml")
        #expect(Locations(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]).jobsFile() == "/x/pith/jobs.yaml")
        #expect(Locations(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]).jobsFile() == "/h/.config/pith/jobs.yaml")
        #expect(Locations(environment: ["HOME": "/h"]).jobsFile() == "/h/.config/pith/jobs.yaml")
    }

    @Test func storeFollowsFlagEnvironmentSettingsThenXDG() {
        let environment = ["HOME": "/h", "XDG_DATA_HOME": "/data"]
        #expect(Locations(environment: environment).store(explicit: "/f.sqlite", settings: "/s.sqlite") == "/f.sqlite")
        #expect(Locations(environment: environment.merging(["PITH_STORE": "/e.sqlite"]) { $1 }).store(settings: "/s.sqlite") == "/e.sqlite")
        #expect(Locations(environment: environment).store(settings: "/s.sqlite") == "/s.sqlite")
        #expect(Locations(environment: environment).store() == "/data/pith/pith.sqlite")
        #expect(Locations(environment: ["HOME": "/h"]).store() == "/h/.local/share/pith/pith.sqlite")
    }
}
