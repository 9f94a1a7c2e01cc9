import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A first-in first-out queue between threads that holds at most `capacity` items: `push`
/// blocks while it is full, `pop` while it is empty. This is the scrape's backpressure: the
/// fetch thread cannot get further ahead of the extraction workers than `capacity` bodies.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    // One mutex and a condition per side, so a push wakes one waiting consumer (not every
    // thread, producer included) and a pop wakes the producer only when it waits for room: a
    // raw scrape moves thousands of small items, and each needless wake-up is a futex call
    // and a context switch on a machine with few cores.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let notEmpty = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let notFull = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var waitingConsumers = 0
    private var waitingProducers = 0
    // Popped slots are set to nil at once so a body is freed as soon as a worker takes it.
    private var items: [Element?] = []
    private var head = 0
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(notEmpty, nil)
        pthread_cond_init(notFull, nil)
    }

    deinit {
        pthread_cond_destroy(notFull)
        pthread_cond_destroy(notEmpty)
        pthread_mutex_destroy(mutex)
        notFull.deallocate()
        notEmpty.deallocate()
        mutex.deallocate()
    }

    /// Waits for room, then appends. Items pushed after ``close()`` are dropped.
    func push(_ item: Element) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while items.count - head >= capacity && !closed {
            waitingProducers += 1
            pthread_cond_wait(notFull, mutex)
            waitingProducers -= 1
        }
        guard !closed else { return }
        items.append(item)
        if waitingConsumers > 0 { pthread_cond_signal(notEmpty) }
    }

    /// The next item; nil once the queue is closed and drained.
    func pop() -> Element? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while items.count == head && !closed {
            waitingConsumers += 1
            pthread_cond_wait(notEmpty, mutex)
            waitingConsumers -= 1
        }
        guard items.count > head else { return nil }
        return take()
    }

    /// Removes the first item; the caller holds the mutex and has checked there is one.
    private func take() -> Element? {
        let item = items[head]
        items[head] = nil
        head += 1
        // Reclaim the consumed prefix now and then, so the array never grows past a few batches.
        if head >= 64 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        if waitingProducers > 0 { pthread_cond_signal(notFull) }
        return item
    }

    /// No more items will come; consumers drain what is left, then get nil.
    func close() {
        pthread_mutex_lock(mutex)
        closed = true
        pthread_cond_broadcast(notEmpty)
        pthread_cond_broadcast(notFull)
        pthread_mutex_unlock(mutex)
    }
}
