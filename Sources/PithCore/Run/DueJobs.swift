import Foundation

/// Picks the jobs a run checks.
enum DueJobs {
    /// `--job` alone when given (even if disabled: the user asked for it), all enabled jobs
    /// with `--all`, else the enabled jobs whose schedule says they are due.
    static func select(_ file: JobsFile, lastChecked: [String: Date], options: RunOptions, clock: RunClock) throws -> [Job] {
        if let name = options.jobName {
            guard let job = file.job(named: name) else { throw RunUsageError.unknownJob(name, file: file.path) }
            return [job]
        }
        return file.jobs.filter { job in
            job.enabled
                && (options.all
                    || job.schedule.isDue(lastChecked: lastChecked[job.name], now: clock.now, url: job.url, calendar: clock.calendar))
        }
    }
}
