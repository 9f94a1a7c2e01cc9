import ArgumentParser
import PithCore
import PithStore

/// `pith diff`: what changed between two snapshots of a job.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two snapshots of a job (by default the last two).",
        discussion: "REV is a snapshot number from pith history, -N (N before the latest), or a date such as 2026-11-20."
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "The job's name or URL.")
    var job: String

    @Option(name: .long, parsing: .unconditional, help: "The older snapshot (REV).")
    var from: String?

    @Option(name: .long, parsing: .unconditional, help: "The newer snapshot (REV).")
    var to: String?

    @Option(name: .long, help: "unified, word ([-old-]{+new+} inline) or json.")
    var format: DiffRequest.Format = .unified

    @Option(name: .long, help: "Unchanged lines around each change (default 3; for word, paragraphs, default 0).")
    var context: Int?

    @Flag(name: .long, help: "Show only added text.")
    var addedOnly = false

    @Flag(name: .long, help: "Show only removed text.")
    var removedOnly = false

    @Option(name: .long, help: "Colour: auto, always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        if addedOnly && removedOnly { throw ValidationError("--added-only and --removed-only exclude each other") }
        if let context, context < 0 { throw ValidationError("--context must be 0 or more") }
    }

    func run() throws {
        let sides: DiffStyle.Sides = addedOnly ? .addedOnly : removedOnly ? .removedOnly : .both
        let request = DiffRequest(
            job: job, from: from, to: to, format: format, context: context,
            style: DiffStyle(sides: sides, color: format != .json && color.enabled))
        try HistorySession(context: storeOptions.context).run(log: logToStderr) { store, jobs, clock in
            try HistoryViews(store: store, jobs: jobs, calendar: clock.calendar).diff(request)
        }.finish()
    }
}

extension DiffRequest.Format: ExpressibleByArgument {}
