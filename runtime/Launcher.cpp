//===- Launcher.cpp - The program thread -----------------------------------===//
#include "runtime/Launcher.h"
#include "runtime/Gc.h"
#include "runtime/Runtime.h"
#include "runtime/ThreadState.h"

#include <csignal>
#include <cstdio>
#include <new>
#include <pthread.h>

namespace kiln::rt {

namespace {

constexpr size_t kThreadStack = size_t(1) << 30;   // reserved, committed on use
constexpr size_t kStackBudget = size_t(900) << 20; // then RecursionError

struct Job {
  const std::function<int()> *body;
  size_t budget;
  int status = 0;
};

void *runJob(void *p) {
  Job *job = static_cast<Job *>(p);
  sigset_t sigint;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &sigint, nullptr);
  gcRegisterThread();
  setStackBudget(job->budget);
  try {
    job->status = (*job->body)();
  } catch (const std::bad_alloc &) {
    // A C++ container of the runtime could not grow: the runtime checks
    // sizes before allocating (checkAllocSize), so this is a last resort
    // that still ends like CPython out of memory rather than aborting.
    fflush(stdout);
    fputs("MemoryError\n", stderr);
    job->status = 1;
  }
  gcUnregisterThread();
  return nullptr;
}

} // namespace

void blockSigintBeforeStart() {
  sigset_t sigint;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint, nullptr);
}

int runOnProgramThread(const std::function<int()> &body) {
  Job job{&body, kStackBudget};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kThreadStack);
  pthread_t thread;
  if (pthread_create(&thread, &attr, runJob, &job) != 0) {
    // Fall back to the main thread with a smaller budget.
    job.budget = size_t(6) << 20;
    runJob(&job);
  } else {
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attr);
  if (job.status == kExitBySigint) {
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    signal(SIGINT, SIG_DFL);
    pthread_sigmask(SIG_UNBLOCK, &sigint, nullptr);
    raise(SIGINT);
    return 130; // SIGINT blocked or ignored by the parent's setup
  }
  return job.status;
}

} // namespace kiln::rt
