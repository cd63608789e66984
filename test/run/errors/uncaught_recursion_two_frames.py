# RUN: %difftest %s
# exit: 1
# RecursionError through a method and a helper: repeated lines are collapsed per frame line
import sys
sys.setrecursionlimit(40)
class Node:
    def depth(self):
        return self.child_depth() + 1
    def child_depth(self):
        return self.depth()
Node().depth()
