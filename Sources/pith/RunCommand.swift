import ArgumentParser
import PithCore
import PithStore

/// `pith run`: check the due jobs, record what changed, report it. Meant for cron.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Check the jobs that are due and report what changed in their articles.",
        discussion: """
            Silent when nothing changed. A second run while one is going exits 0 at once. \
            PITH_NOW (RFC 3339) overrides the clock. Exit status: 0, or 1 when an error was reported, \
            64 on bad usage or an invalid jobs file.
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var rulesOptions: RulesOptions

    @Flag(name: .long, help: "Check every enabled job, whatever its schedule.")
    var all = false

    @Option(name: .long, help: "Check only this job (name or URL), whatever its schedule.")
    var job: String?

    @Flag(name: .long, help: "Only list the jobs that would be checked.")
    var dryRun = false

    @Option(name: .long, help: "Stop cleanly after this long (e.g. 10m); unfinished jobs stay due.")
    var maxRuntime: String?

    @Option(name: .long, help: "Report format: text or json (one event per line).")
    var report: RunReportFormatter.Format = .text

    @Option(name: .long, help: "Colour the report: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .long, help: "Say on stderr what is being done.")
    var verbose = false

    func validate() throws {
        if let maxRuntime, Schedule.parseDuration(maxRuntime) == nil {
            throw ValidationError("--max-runtime \(maxRuntime) is not a duration such as 90s, 10m or 1h")
        }
        if all && job != nil { throw ValidationError("--all and --job cannot be used together") }
    }

    func run() async throws {
        let overrides = try rulesOptions.load()
        let options = RunOptions(
            all: all, jobName: job, dryRun: dryRun, maxRuntime: maxRuntime.flatMap(Schedule.parseDuration).map { .seconds($0) })
        let session = RunSession(
            context: storeOptions.context, options: options, report: report, style: DiffStyle(color: color.enabled))
        try await session.run(verbose: verbose, services: { LiveServices.make(settings: $0, overrides: overrides) }, log: logToStderr).finish()
    }
}

extension RunReportFormatter.Format: ExpressibleByArgument {}
