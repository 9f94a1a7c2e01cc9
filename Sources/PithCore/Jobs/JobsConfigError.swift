/// Why a jobs file could not be used. Nothing runs when the config is invalid.
public enum JobsConfigError: Error, Equatable, CustomStringConvertible {
    /// No jobs file at any of the places searched.
    case notFound(searched: [String])
    /// The file exists but could not be read.
    case unreadable(file: String, reason: String)
    /// The file is malformed or says something impossible, at `line` (1-based) when known.
    case invalid(file: String, line: Int?, message: String)
    /// `jobs add|remove|enable|disable` was asked something the file does not allow.
    case cannotEdit(file: String, message: String)

    public var description: String {
        switch self {
        case let .notFound(searched):
            return "no jobs file: looked for \(searched.joined(separator: ", ")); create one (see Config/jobs.example.yaml) or pass --config"
        case let .unreadable(file, reason):
            return "cannot read the jobs file \(file): \(reason)"
        case let .invalid(file, line, message):
            return line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
        case let .cannotEdit(file, message):
            return "\(file): \(message)"
        }
    }
}
