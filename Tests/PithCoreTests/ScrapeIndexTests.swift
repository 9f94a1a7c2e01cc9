import Foundation
import Testing
import _PithTestSupport

@testable import PithCore

/// `index.jsonl`: one line per URL, always the previous index or a complete one.
@Suite struct ScrapeIndexTests {
    @Test func aRecordIsOneLineWithEveryKey() throws {
        let record = ScrapeRecord(url: "https://example.com/a", finalURL: "https://example.com/a/", status: 200, file: "example.com/a.json",
                                  contentHash: "abc", fetchedAt: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(!record.jsonLine.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record.jsonLine.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["url", "final_url", "status", "error", "error_kind", "file", "content_hash", "fetched_at"])
        #expect(object["status"] as? Int == 200)
        #expect(object["error"] is NSNull)
        #expect(object["fetched_at"] as? String == "2027-01-15T08:00:00Z")
    }

    @Test func theIndexAppearsOnlyWhenFinished() throws {
        let folder = TemporaryFolder("pith-index")
        try folder.write("{\"url\":\"https://old.example/\"}\n", to: "index.jsonl")
        let writer = try ScrapeIndexWriter(folder: folder.path, resume: false)
        writer.append(ScrapeRecord(url: "https://new.example/").jsonLine)
        // A run killed now leaves the previous index as it was.
        #expect(try folder.read("index.jsonl").contains("old.example"))
        try writer.finish()
        let lines = try folder.read("index.jsonl").split(separator: "\n")
        #expect(lines.count == 1 && lines[0].contains("new.example"))
        #expect(!FileManager.default.fileExists(atPath: folder.file(".index.jsonl.partial")))
    }

    @Test func resumeKeepsTheLinesOfSkippedURLsNewestFirst() throws {
        let folder = TemporaryFolder("pith-index")
        try folder.write("""
            {"url":"https://e.example/a","file":"e.example/a.html","content_hash":"old-a"}
            {"url":"https://e.example/b","file":"e.example/b.html","content_hash":"old-b"}
            {"url":"https://e.example/c","file":"e.example/c.html","content_hash":"old-c"}

            """, to: "index.jsonl")
        // What a killed run had done since.
        try folder.write("""
            {"url":"https://e.example/a","file":"e.example/a.html","content_hash":"new-a"}
            {"url":"https://e.example/b","file":null,"error":"HTTP 503"}

            """, to: ".index.jsonl.partial")
        try folder.write("<p>d</p>", to: "e.example/d.html")
        let writer = try ScrapeIndexWriter(folder: folder.path, resume: true)
        writer.carryOver(skipped: ["https://e.example/a": "e.example/a.html", "https://e.example/b": "e.example/b.html",
                                   "https://e.example/d": "e.example/d.html"])
        try writer.finish()
        let text = try folder.read("index.jsonl")
        #expect(text.contains("new-a") && !text.contains("old-a"))
        #expect(text.contains("old-b") && !text.contains("503"), "an old success outlives a later failure while its file is there")
        #expect(!text.contains("old-c"))
        #expect(text.contains("\"url\":\"https://e.example/d\"") && text.contains("\"file\":\"e.example/d.html\""))
        #expect(text.split(separator: "\n").count == 3)
    }
}
