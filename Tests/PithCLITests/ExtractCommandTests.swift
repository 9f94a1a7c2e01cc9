import Foundation
import Testing
import _PithTestSupport

/// `pith extract` as a user runs it: the real binary, real files, exit codes and outputs.
@Suite struct ExtractCommandTests {
    static let article = FixturePaths.pages.appendingPathComponent("table-layout-globalsecurity/page.html").path
    static let firstParagraph = "Iran's navy commander said on Saturday"

    static func write(_ text: String, to folder: TemporaryFolder, as name: String) -> String {
        let path = folder.url.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    static let smallPage = """
        <html><head><title>Harbour reopens</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Harbour reopens</h1><p>The old harbour reopened to fishing boats on Monday after a winter of repairs to the sea wall, the council said.</p>
        <p>Boat owners had waited since November, when a storm broke a twelve-metre section of the wall and flooded the quay.</p></article>
        <footer>Contact us</footer></body></html>
        """

    @Test func oneFilePrintsTheArticleToStandardOutput() throws {
        let run = try PithCommand.run(["extract", Self.article])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix(Self.firstParagraph))
        #expect(!run.stdout.contains("UNITED24"))
        #expect(run.stderr.isEmpty)
    }

    @Test func standardInputWithAURL() throws {
        let html = try Data(contentsOf: URL(fileURLWithPath: Self.article))
        let run = try PithCommand.run(["extract", "--format", "json", "--url", "https://example.org/news/1.html", "-"], stdin: html)
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["url"] as? String == "https://example.org/news/1.html")
        #expect((object?["text"] as? String)?.hasPrefix(Self.firstParagraph) == true)
    }

    @Test func aFolderGoesToOneFilePerPageAndASummaryLine() throws {
        let input = TemporaryFolder()
        let output = TemporaryFolder()
        _ = Self.write(Self.smallPage, to: input, as: "harbour.html")
        _ = Self.write(Self.smallPage, to: input, as: "second.htm")
        _ = Self.write("not a page", to: input, as: "notes.txt")
        let run = try PithCommand.run(["extract", "--output-dir", output.path, input.path])
        #expect(run.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["harbour.txt", "second.txt"])
        #expect(run.stderr.contains("2 of 2 pages extracted"))
        let text = try String(contentsOfFile: output.url.appendingPathComponent("harbour.txt").path, encoding: .utf8)
        #expect(text.hasPrefix("The old harbour reopened"))
        #expect(!text.contains("Contact us"))
    }

    @Test func severalInputsWithoutAnOutputFolderIsAUsageError() throws {
        let run = try PithCommand.run(["extract", Self.article, Self.article])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--output-dir"))
        let folderRun = try PithCommand.run(["extract", FixturePaths.pages.appendingPathComponent("table-layout-globalsecurity").path])
        #expect(folderRun.status == 64)
    }

    @Test func badInputsAreReportedAndTheOthersStillProcessed() throws {
        let input = TemporaryFolder()
        let output = TemporaryFolder()
        let good = Self.write(Self.smallPage, to: input, as: "good.html")
        let empty = Self.write("", to: input, as: "empty.html")
        let binaryPath = input.url.appendingPathComponent("image.html").path
        _ = FileManager.default.createFile(atPath: binaryPath, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]))
        let noArticle = Self.write("<html><body><nav><a href='/'>Home</a></nav></body></html>", to: input, as: "nav.html")
        let missing = input.url.appendingPathComponent("missing.html").path
        let run = try PithCommand.run(["extract", "--output-dir", output.path, empty, binaryPath, missing, noArticle, good])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains(empty) && $0.contains("empty") })
        #expect(lines.contains { $0.contains(binaryPath) && $0.contains("binary") })
        #expect(lines.contains { $0.contains(missing) && $0.contains("no such file") })
        #expect(lines.contains { $0.contains(noArticle) && $0.contains("no article") })
        #expect(lines.last?.contains("1 of 5 pages extracted, 4 failed") == true)
        #expect(FileManager.default.fileExists(atPath: output.url.appendingPathComponent("good.txt").path))
    }

    @Test func aFileURLIsFetched() throws {
        let run = try PithCommand.run(["extract", "--format", "json", "file://" + Self.article])
        #expect(run.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["url"] as? String == "file://" + Self.article)
        #expect((object?["text"] as? String)?.contains("Bandar Abbas") == true)
    }

    @Test func jsonCarriesEveryFieldOfTheContract() throws {
        let run = try PithCommand.run(["extract", "--format", "json", Self.article])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["schema_version", "url", "final_url", "canonical_url", "title", "authors", "published", "modified",
                    "site_name", "language", "description", "image", "tags", "text", "markdown", "word_count",
                    "content_hash", "extractor_version"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["url"] is NSNull)
        let text = try #require(object["text"] as? String)
        #expect(object["content_hash"] as? String == sha256Hex(text))
        #expect((object["word_count"] as? Int ?? 0) > 150)
        #expect(object["authors"] is [Any])
    }

    @Test func markdownHasFrontMatterAndTitle() throws {
        let input = TemporaryFolder()
        let page = Self.write(Self.smallPage, to: input, as: "harbour.html")
        let run = try PithCommand.run(["extract", "--format", "markdown", page])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("---\ntitle: \"Harbour reopens\"\n"))
        #expect(run.stdout.contains("\n---\n\n# Harbour reopens\n\nThe old harbour reopened"))
    }

    @Test func outputNamesFollowInputsAndNeverCollide() throws {
        let input = TemporaryFolder()
        let output = TemporaryFolder()
        try FileManager.default.createDirectory(at: input.url.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: input.url.appendingPathComponent("b"), withIntermediateDirectories: true)
        let first = Self.write(Self.smallPage, to: input, as: "a/index.html")
        let second = Self.write(Self.smallPage, to: input, as: "b/index.html")
        let run = try PithCommand.run(["extract", "--format", "json", "--jobs", "1", "--output-dir", output.path, first, second])
        #expect(run.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["index-2.json", "index.json"])
    }

    @Test func anInputFileIsNeverOverwritten() throws {
        let folder = TemporaryFolder()
        let page = Self.write(Self.smallPage, to: folder, as: "story.txt")
        let run = try PithCommand.run(["extract", "--output-dir", folder.path, page])
        #expect(run.status == 1)
        #expect(run.stderr.contains("refusing to overwrite"))
        #expect(try String(contentsOfFile: page, encoding: .utf8) == Self.smallPage)
    }

    @Test func versionNamesToolAndExtractor() throws {
        let run = try PithCommand.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("pith "))
        #expect(run.stdout.contains("extractor "))
    }

    @Test func explainNamesTheRuleOfEachDroppedBlock() throws {
        let run = try PithCommand.run(["extract", "--explain", Self.article])
        #expect(run.status == 0)
        let lines = run.stderr.split(separator: "\n")
        let banner = lines.first { $0.contains("UNITED24") }
        #expect(banner?.hasPrefix("donation.") == true)
        let mailing = lines.first { $0.contains("mailing list") }
        #expect(mailing?.split(separator: "\t").count == 3)
        #expect(mailing?.hasPrefix("newsletter.") == true)
    }
}
