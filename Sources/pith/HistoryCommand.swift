import ArgumentParser
import PithCore

/// `pith history`: a job's snapshots and checks.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List a job's snapshots (numbered revisions) and its recent checks.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The job's name or URL.")
    var job: String

    @Option(name: .long, help: "text or json.")
    var format: HistoryFormat = .text

    func run() throws {
        try HistorySession(context: storeOptions.context).run(log: logToStderr) { store, jobs, clock in
            try HistoryViews(store: store, jobs: jobs, calendar: clock.calendar).history(job, format: format)
        }.finish()
    }
}

extension HistoryFormat: ExpressibleByArgument {}
