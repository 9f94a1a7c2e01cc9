import Foundation

/// A first-in first-out queue between threads that holds at most `capacity` items: `push`
/// blocks while it is full, `pop` while it is empty. This is the scrape's backpressure: the
/// fetch thread cannot get further ahead of the extraction workers than `capacity` bodies.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // NSCondition rather than Mutex: threads must sleep until the other side signals.
    private let condition = NSCondition()
    // Popped slots are set to nil at once so a body is freed as soon as a worker takes it.
    private var items: [Element?] = []
    private var head = 0
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Waits for room, then appends. Items pushed after ``close()`` are dropped.
    func push(_ item: Element) {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !closed { condition.wait() }
        guard !closed else { return }
        items.append(item)
        condition.broadcast()
    }

    /// The next item; nil once the queue is closed and drained.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head && !closed { condition.wait() }
        guard items.count > head else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        // Reclaim the consumed prefix now and then, so the array never grows past a few batches.
        if head >= 64 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// No more items will come; consumers drain what is left, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
