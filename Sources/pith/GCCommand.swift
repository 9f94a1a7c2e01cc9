import ArgumentParser
import PithCore

/// `pith gc`: trim the store.
struct GCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gc", abstract: "Keep the newest N snapshots of each job (always the baseline), trim older checks, vacuum.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Snapshots to keep per job.")
    var keep: Int

    func validate() throws {
        if keep < 1 { throw ValidationError("--keep must be at least 1 (the baseline is always kept)") }
    }

    func run() throws {
        try HistorySession(context: storeOptions.context).collectGarbage(keep: keep, log: logToStderr).finish()
    }
}
