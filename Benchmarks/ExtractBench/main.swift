// pith-bench: extraction speed on a folder of pages, stage by stage, in one process.
//
// Usage: swift run -c release pith-bench FOLDER [ROUNDS]
//
// Pages are read into memory first, so the figures are CPU work only: decoding and parsing
// (libxml2 through SAX into Pith's tree), then the whole extraction (parsing included), then
// rendering text and JSON. Each stage runs ROUNDS times (default 3) over every page; the best
// round counts. Times are the thread's CPU time, which load on other cores does not inflate.
import Foundation
import PithExtract
import PithHTML

func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func best(_ rounds: Int, _ body: () -> Void) -> Double {
    var fastest = Double.infinity
    for _ in 0..<rounds {
        let start = threadCPUSeconds()
        body()
        fastest = min(fastest, threadCPUSeconds() - start)
    }
    return fastest
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: pith-bench FOLDER [ROUNDS]\n".utf8))
    exit(64)
}
let folder = arguments[1]
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted()
let pages = names.compactMap { FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent($0)).map(Array.init) }
let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1e6
let extractor = ArticleExtractor()
print("\(pages.count) pages, \(String(format: "%.1f", megabytes)) MB, best of \(rounds) rounds, thread CPU time")

func report(_ stage: String, _ seconds: Double) {
    let label = stage.padding(toLength: 28, withPad: " ", startingAt: 0)
    print(label + String(format: " %7.3f s  %8.1f pages/s  %7.2f MB/s", seconds, Double(pages.count) / seconds, megabytes / seconds))
}

var nodes = 0
let parse = best(rounds) {
    nodes = 0
    for page in pages { nodes += HTMLParser.parse(utf8: HTMLDecoder.decode(page).utf8, attributes: .knownNames).nodeCount }
}
report("decode + parse", parse)

var articles: [Article] = []
let extract = best(rounds) {
    articles = pages.compactMap { try? extractor.extract(ExtractionInput(bytes: $0)) }
}
report("extract (parse included)", extract)
report("  extraction phases only", extract - parse)

var characters = 0
let render = best(rounds) {
    characters = 0
    for article in articles { characters += article.rendered(as: .json).utf8.count }
}
report("render JSON", render)
print("\(articles.count) articles, \(nodes) nodes, \(characters) bytes of JSON")
