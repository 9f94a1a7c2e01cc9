import Foundation

extension HistoryStore {
    /// Outbox entries neither delivered nor given up on, oldest first.
    public func pendingDeliveries() throws -> [PendingDelivery] {
        try connection.query(
            """
            SELECT d.id, d.event_id, j.name, j.url, d.channel, d.target, e.payload, d.attempts
            FROM deliveries d JOIN events e ON e.id = d.event_id JOIN jobs j ON j.id = e.job_id
            WHERE d.delivered_at IS NULL AND d.given_up_at IS NULL
            ORDER BY d.id
            """
        ) { row in
            PendingDelivery(
                id: row.int64(0), eventID: row.int64(1), jobName: row.text(2), url: row.text(3),
                destination: DeliveryTarget(channel: DeliveryChannel(rawValue: row.text(4)) ?? .onChange, target: row.text(5)),
                payload: row.text(6), attempts: row.int(7))
        }
    }

    /// Marks an outbox entry delivered; it is never sent again.
    public func markDelivered(_ deliveryID: Int64, at date: Date) throws {
        try connection.run(
            "UPDATE deliveries SET delivered_at = ?, last_error = NULL WHERE id = ?",
            [.text(Timestamp.format(date)), .integer(deliveryID)])
    }

    /// Counts a failed attempt. The entry stays in the outbox for the next run, unless
    /// `giveUp`: then it is never tried again (and `pith gc` may remove its event).
    public func markFailed(_ deliveryID: Int64, error: String, giveUp: Bool = false, at date: Date) throws {
        try connection.run(
            "UPDATE deliveries SET attempts = attempts + 1, last_error = ?, given_up_at = ? WHERE id = ?",
            [.text(error), .text(giveUp ? Timestamp.format(date) : nil), .integer(deliveryID)])
    }

    /// The most recent events of the kinds given, newest first (for the Atom feed).
    public func recentEvents(kinds: [String], limit: Int) throws -> [StoredEvent] {
        let placeholders = Array(repeating: "?", count: kinds.count).joined(separator: ", ")
        return try connection.query(
            "SELECT id, job_id, kind, created_at, payload FROM events WHERE kind IN (\(placeholders)) ORDER BY id DESC LIMIT ?",
            kinds.map { .text($0) } + [.integer(limit)]
        ) { row in
            StoredEvent(
                id: row.int64(0), jobID: row.int64(1), kind: row.text(2),
                createdAt: Timestamp.parse(row.text(3)) ?? .distantPast, payload: row.text(4))
        }
    }
}
