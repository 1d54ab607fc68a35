#include "logs/MappedFile.h"

#include <atomic>
#include <csignal>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>

namespace {
struct Slot
{
    std::atomic<quintptr> begin{0};
    std::atomic<quintptr> end{0};
    std::atomic<bool> shrank{false};
};
constexpr int SlotCount = 64;
Slot slots[SlotCount];
struct sigaction previous;
std::once_flag installed;
bool handlerInstalled = false;

void onSigbus(int sig, siginfo_t *info, void *context)
{
    const quintptr at = quintptr(info->si_addr);
    for (Slot &s : slots) {
        const quintptr b = s.begin.load(std::memory_order_acquire);
        if (b == 0 || at < b || at >= s.end.load(std::memory_order_acquire))
            continue;
        // Ours: the page is past the file's end now. A zero page in its place; the reader is told.
        const quintptr page = at & ~quintptr(::sysconf(_SC_PAGESIZE) - 1);
        if (::mmap(reinterpret_cast<void *>(page), size_t(::sysconf(_SC_PAGESIZE)), PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
            != MAP_FAILED) {
            s.shrank.store(true, std::memory_order_release);
            return;
        }
        break;
    }
    // Not ours: whatever would have happened without us.
    if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction) {
        previous.sa_sigaction(sig, info, context);
        return;
    }
    if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler) {
        previous.sa_handler(sig);
        return;
    }
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void install()
{
    struct sigaction sa = {};
    sa.sa_sigaction = onSigbus;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    handlerInstalled = ::sigaction(SIGBUS, &sa, &previous) == 0;
}
} // namespace

qint64 MappedWindow::pageSize()
{
    static const qint64 page = ::sysconf(_SC_PAGESIZE);
    return page;
}

bool MappedWindow::map(int fd, qint64 offset, qint64 length)
{
    unmap();
    std::call_once(installed, install);
    if (!handlerInstalled || length <= 0 || offset % pageSize() != 0)
        return false;
    int slot = -1;
    for (int i = 0; i < SlotCount && slot < 0; ++i) {
        quintptr expected = 0;
        // Reserve the slot with a marker; no address is 1.
        if (slots[i].begin.compare_exchange_strong(expected, 1, std::memory_order_acq_rel))
            slot = i;
    }
    if (slot < 0)
        return false; // every slot busy: the caller reads instead
    void *m = ::mmap(nullptr, size_t(length), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, offset);
    if (m == MAP_FAILED) {
        slots[slot].begin.store(0, std::memory_order_release);
        return false;
    }
    ::madvise(m, size_t(length), MADV_SEQUENTIAL);
    Slot &s = slots[slot];
    s.shrank.store(false, std::memory_order_relaxed);
    s.end.store(quintptr(m) + quintptr(length), std::memory_order_release);
    s.begin.store(quintptr(m), std::memory_order_release);
    m_data = static_cast<const char *>(m);
    m_length = length;
    m_slot = slot;
    return true;
}

bool MappedWindow::shrank() const
{
    return m_slot >= 0 && slots[m_slot].shrank.load(std::memory_order_acquire);
}

void MappedWindow::unmap()
{
    if (!m_data)
        return;
    Slot &s = slots[m_slot];
    s.begin.store(0, std::memory_order_release); // no longer ours before the range can be anyone's
    s.end.store(0, std::memory_order_release);
    ::munmap(const_cast<char *>(m_data), size_t(m_length));
    m_data = nullptr;
    m_length = 0;
    m_slot = -1;
}
