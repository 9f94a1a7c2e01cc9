/// Why a history command could not answer.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
    /// No job with that name or URL in the store.
    case unknownJob(String, store: String)
    /// `--from`/`--to`/`--rev` is not a revision, `-N` or a date.
    case badRevision(String)
    /// The revision named does not exist (any more: `pith gc` may have removed it).
    case noSuchRevision(String, job: String)

    public var description: String {
        switch self {
        case let .unknownJob(name, store): "no history for \"\(name)\" in \(store) (see pith jobs list)"
        case let .badRevision(text): "\"\(text)\" is not a revision: use a number from pith history, -N, or a date such as 2026-11-20"
        case let .noSuchRevision(text, job): "\(job) has no snapshot \(text) (see pith history \(job))"
        }
    }
}
