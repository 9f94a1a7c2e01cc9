import ArgumentParser
import PithCore

/// `pith show`: a stored article.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a stored version of a job's article (by default the latest).")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The job's name or URL.")
    var job: String

    @Option(name: .long, parsing: .unconditional, help: "The snapshot (REV: a number, -N or a date).")
    var rev: String?

    @Option(name: .long, help: "text, markdown or json.")
    var format: ShowFormat = .text

    func run() throws {
        try HistorySession(context: storeOptions.context).run(log: logToStderr) { store, jobs, clock in
            try HistoryViews(store: store, jobs: jobs, calendar: clock.calendar).show(job, revision: rev, format: format)
        }.finish()
    }
}

extension ShowFormat: ExpressibleByArgument {}
