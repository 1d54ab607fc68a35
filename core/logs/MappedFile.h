#pragma once
// MappedWindow: a read-only window of a file mapped into memory, safe against
// the file shrinking while it is read (a log truncated by copytruncate
// rotation). Reading a mapped page past a file's new end raises SIGBUS; a
// handler installed once puts a zero page there instead for windows of ours,
// so the read goes on, and the window reports that the file shrank (the scan
// then says its counts are partial). A SIGBUS anywhere else goes to the
// handler that was there before, or ends the process as it would have.
#include <QtGlobal>

class MappedWindow
{
public:
    MappedWindow() = default;
    ~MappedWindow() { unmap(); }
    MappedWindow(const MappedWindow &) = delete;
    MappedWindow &operator=(const MappedWindow &) = delete;

    // [offset, offset + length) of `fd`; `offset` a multiple of the page size.
    bool map(int fd, qint64 offset, qint64 length);
    void unmap();
    const char *data() const { return m_data; }
    // Whether a page of it was gone when read (the file shrank since the map).
    bool shrank() const;

    static qint64 pageSize();

private:
    const char *m_data = nullptr;
    qint64 m_length = 0;
    int m_slot = -1;
};
