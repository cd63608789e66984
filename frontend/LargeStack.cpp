//===- LargeStack.cpp - Running the front end on a large stack ----------===//
#include "frontend/LargeStack.h"

#include <pthread.h>

namespace kiln::frontend {

namespace {
constexpr size_t kThreadStack = 256ul << 20; // reserved, touched only as used

void *trampoline(void *arg) {
  (*static_cast<const std::function<void()> *>(arg))();
  return nullptr;
}
} // namespace

void runOnLargeStack(const std::function<void()> &fn) {
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kThreadStack) == 0 &&
      pthread_create(&thread, &attr, trampoline, const_cast<std::function<void()> *>(&fn)) ==
          0) {
    pthread_attr_destroy(&attr);
    pthread_join(thread, nullptr);
    return;
  }
  // No thread could be made: run here, on the ordinary stack.
  fn();
}

} // namespace kiln::frontend
