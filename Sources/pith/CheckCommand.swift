import ArgumentParser
import PithCore

/// `pith check`: try a job once without recording anything.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fetch and extract a job or URL once; show the article and what a run would compare. Stores nothing.")

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var rulesOptions: RulesOptions

    @Argument(help: "A job's name, or a URL.")
    var target: String

    func run() async throws {
        let overrides = try rulesOptions.load()
        try await CheckSession(context: storeOptions.context, target: target)
            .run(services: { LiveServices.make(settings: $0, overrides: overrides) }, log: logToStderr).finish()
    }
}
