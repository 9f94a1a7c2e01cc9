import ArgumentParser
import PithCore
import PithExtract

/// The `pith` command: fetch web pages, keep only the article, track how it changes.
@main
struct Pith: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pith",
        abstract: "Fetch web pages, keep only the article, and track how it changes.",
        version: "pith \(PithVersion.tool) (extractor \(ArticleExtractor.version))",
        subcommands: [
            ExtractCommand.self, ScrapeCommand.self, RulesCommand.self,
            // History (issue 5).
            RunCommand.self, DiffCommand.self, HistoryCommand.self, ShowCommand.self, CheckCommand.self, GCCommand.self,
            JobsCommand.self,
        ]
    )
}
