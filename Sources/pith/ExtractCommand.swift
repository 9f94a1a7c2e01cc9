import ArgumentParser
import Foundation
import PithCore
import PithExtract

/// `pith extract`: pages in, articles out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from HTML files, folders, URLs or standard input.",
        discussion: """
            One input and no --output-dir prints the article to standard output. With several inputs \
            (or a folder), --output-dir is required and each page is written to DIR/NAME.txt|.md|.json. \
            Exit status: 0 when every input gave an article, 1 when any did not, 64 on bad usage.
            """
    )

    @Option(name: .long, help: "Output format: text, markdown or json.")
    var format: ArticleFormat = .text

    @Option(name: .long, help: "The page's URL, for a file or standard-input input (relative links, metadata).")
    var url: String?

    @Option(name: .long, help: "Write one file per input into this folder.")
    var outputDir: String?

    @Option(name: .long, help: "Pages extracted in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Explain what was dropped: rule-id, phase and first words of each dropped block, on stderr.")
    var explain = false

    @Flag(name: .long, help: "Keep links in Markdown output.")
    var links = false

    @OptionGroup var rulesOptions: RulesOptions

    @Argument(help: "HTML files, folders of .html/.htm files, http(s):// or file:// URLs, or - for standard input.")
    var inputs: [String]

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        let hasFolder = inputs.contains { operand in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: operand, isDirectory: &isFolder) && isFolder.boolValue
        }
        if outputDir == nil && (inputs.count > 1 || hasFolder) {
            throw ValidationError("--output-dir is required with several inputs or a folder")
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        var failures = 0
        let sources = inputs.flatMap { operand -> [PageSource] in
            let expanded = PageSource.expand(operand)
            if expanded.isEmpty {
                Console.error("pith: \(operand): no .html or .htm files in this folder")
                failures += 1
            }
            return expanded
        }
        let overrides = try rulesOptions.load()
        let pipeline = ExtractPipeline(
            extractor: ArticleExtractor(overrides: overrides),
            loader: PageLoader(fetch: PageFetching.fetch),
            options: .init(format: format, outputDirectory: outputDir, jobs: jobs, pageURL: url,
                           extraction: ExtractionOptions(explain: explain, markdownLinks: links, referenceDate: Date()))
        )
        let clock = ContinuousClock()
        let started = clock.now
        let tally = Tally()
        let several = sources.count > 1
        pipeline.run(sources) { outcome in
            tally.record(outcome.error == nil)
            if let error = outcome.error {
                Console.error("pith: \(outcome.source): \(error)")
            }
            if explain, let article = outcome.article {
                if several { Console.error("==> \(outcome.source) <==") }
                for drop in article.dropped { Console.error("\(drop.ruleID)\t\(drop.phase)\t\(drop.excerpt)") }
            }
            if let rendered = outcome.rendered { Console.output(rendered) }
        }
        failures += tally.failed
        if several || failures > 0 && sources.count > 1 {
            let seconds = (clock.now - started).formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 1)))
            Console.error("pith: \(tally.succeeded) of \(sources.count) pages extracted, \(failures) failed, in \(seconds)")
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

extension ArticleFormat: ExpressibleByArgument {}
