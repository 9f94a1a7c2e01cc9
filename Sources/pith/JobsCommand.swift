import ArgumentParser
import PithCore

/// `pith jobs`: list and edit the jobs file, keeping its comments.
struct JobsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "List the jobs, or add, remove, enable and disable them in the jobs file.",
        subcommands: [List.self, Add.self, Remove.self, Enable.self, Disable.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the jobs with their schedules and next due times.")

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "text or json.")
        var format: HistoryFormat = .text

        func run() throws {
            try JobsSession(context: storeOptions.context).list(format: format, log: logToStderr).finish()
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a job (the jobs file is created if missing).")

        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: "The URL to watch (http, https or file).")
        var url: String

        @Option(name: .long, help: "A unique name (default: the URL).")
        var name: String?

        @Option(name: .long, help: "Check every so often: 30m, 6h, 1d (at least 1m).")
        var every: String?

        @Option(name: .long, help: "Check on a 5-field cron schedule, local time.")
        var schedule: String?

        @Option(name: .long, help: "A tag (repeatable).")
        var tag: [String] = []

        func validate() throws {
            if every != nil && schedule != nil { throw ValidationError("use --every or --schedule, not both") }
        }

        func run() throws {
            let entry = JobEntry(url: url, name: name, every: every, schedule: schedule, tags: tag)
            try JobsSession(context: storeOptions.context).edit(log: logToStderr) { editor in
                try editor.add(entry)
                return "added \(name ?? url)"
            }.finish()
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a job from the jobs file (its history stays in the store).")

        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: "The job's name or URL.")
        var job: String

        func run() throws {
            try JobsSession(context: storeOptions.context).edit(log: logToStderr) { editor in
                try editor.remove(job)
                return "removed \(job)"
            }.finish()
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a job.")

        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: "The job's name or URL.")
        var job: String

        func run() throws {
            try JobsSession(context: storeOptions.context).edit(log: logToStderr) { editor in
                try editor.setEnabled(job, true) ? "enabled \(job)" : "\(job) was already enabled"
            }.finish()
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a job (pith run skips it).")

        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: "The job's name or URL.")
        var job: String

        func run() throws {
            try JobsSession(context: storeOptions.context).edit(log: logToStderr) { editor in
                try editor.setEnabled(job, false) ? "disabled \(job)" : "\(job) was already disabled"
            }.finish()
        }
    }
}
