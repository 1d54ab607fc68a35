// The suite's own rule, checked: this test only skips, and ctest must report
// it as failed (tests/CMakeLists.txt runs it with WILL_FAIL). If skips passed
// again, this test would fail.
#include <QtTest>

class TestHarnessSkip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSkipIsAFailure() { QSKIP("skipped on purpose: the harness must count this as a failure"); }
};

QTEST_GUILESS_MAIN(TestHarnessSkip)
#include "tst_harness_skip.moc"
