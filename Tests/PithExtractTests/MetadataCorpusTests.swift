import Foundation
import PithExtract
import PithHTML
import Testing

/// Title, author and date accuracy on the shared development corpora, run only when
/// `PITH_METADATA_CORPUS` names the corpus folder (`../shared/corpus`): the corpora are for
/// measuring, not part of the project.
///
/// Comparison: case and whitespace are normalized; authors match when the same set of names
/// results (the corpora join several authors with commas or "and"); a date matches on its
/// `YYYY-MM-DD` part. The floors sit a little under the figures measured when this was written,
/// so a regression fails the run.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PITH_METADATA_CORPUS"] != nil))
struct MetadataCorpusTests {
    struct Accuracy: CustomStringConvertible {
        var cases = 0
        var correct = 0
        var share: Double { cases == 0 ? 0 : Double(correct) / Double(cases) }
        var description: String { String(format: "%d/%d = %.3f", correct, cases, share) }
    }

    struct Report {
        var title = Accuracy()
        var author = Accuracy()
        var date = Accuracy()
        var seconds = 0.0
        var pages = 0
    }

    static func measure(_ name: String) throws -> Report {
        let root = try #require(ProcessInfo.processInfo.environment["PITH_METADATA_CORPUS"])
        let folder = URL(fileURLWithPath: root).appendingPathComponent(name)
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
        var report = Report()
        for page in pages {
            let truthURL = folder.appendingPathComponent(page.replacingOccurrences(of: ".html", with: ".json"))
            guard let truth = (try? JSONSerialization.jsonObject(with: Data(contentsOf: truthURL))) as? [String: Any] else { continue }
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(page)))
            let document = HTMLParser.parse(utf8: HTMLDecoder.decode(bytes).utf8)
            let start = Date()
            let metadata = MetadataExtractor(document: document, pageURL: truth["url"] as? String, referenceDate: Date())
                .extract(articleRoot: nil)
            report.seconds += Date().timeIntervalSince(start)
            report.pages += 1
            score(&report.title, truth["title"] as? String, metadata.title.map(normalized))
            score(&report.author, (truth["author"] as? String).map(nameSet), metadata.authors.isEmpty ? nil : nameSet(metadata.authors.joined(separator: ", ")))
            score(&report.date, (truth["date"] as? String).map { String($0.prefix(10)) }, metadata.published.map { String($0.prefix(10)) })
        }
        print("\(name): title \(report.title), author \(report.author), date \(report.date); "
            + String(format: "%.1f µs/page (this build)", report.seconds / Double(max(report.pages, 1)) * 1e6))
        return report
    }

    static func score<Value: Equatable>(_ accuracy: inout Accuracy, _ truth: Value?, _ found: Value?) {
        guard let truth, (truth as? String)?.isEmpty != true, (truth as? Set<String>)?.isEmpty != true else { return }
        accuracy.cases += 1
        if let truthText = truth as? String, let foundText = found as? String {
            if normalized(truthText) == foundText { accuracy.correct += 1 }
        } else if found == truth {
            accuracy.correct += 1
        }
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func nameSet(_ text: String) -> Set<String> {
        var joined = text.lowercased()
        for separator in [" and ", " und ", " & ", ";", "/", "|"] { joined = joined.replacingOccurrences(of: separator, with: ",") }
        return Set(joined.split(separator: ",").map { normalized(String($0)) }.filter { !$0.isEmpty })
    }

    @Test func trafilaturaCorpus() throws {
        let report = try Self.measure("trafilatura")
        #expect(report.title.share >= 0.82)
        #expect(report.author.share >= 0.60)
        #expect(report.date.share >= 0.78)
    }

    @Test func readabilityCorpus() throws {
        let report = try Self.measure("readability")
        #expect(report.title.share >= 0.70)
        #expect(report.author.share >= 0.58)
        #expect(report.date.share >= 0.90)
    }
}
