# Mixed OO: a Richards-like task scheduler (task control blocks in a linked
# list, polymorphic task classes, packet queues, state flags, method
# dispatch), after Martin Richards' operating-system simulation.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, sched, ident, prio, wkq, state):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.input = wkq
        self.packet_pending = state & 1 != 0
        self.waiting = state & 2 != 0
        self.held = False
        self.link = sched.task_list
        sched.task_list = self
        sched.table[ident] = self

    def is_held_or_waiting(self):
        return self.held or (not self.packet_pending and self.waiting)

    def wait(self):
        self.waiting = True
        return self

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.prio > old.prio:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return old

    def take_packet(self):
        pkt = self.input
        self.input = pkt.link
        self.packet_pending = self.input is not None
        self.waiting = False
        return pkt


class IdleTask(Task):
    def __init__(self, sched, ident, prio, wkq, state, count):
        Task.__init__(self, sched, ident, prio, wkq, state)
        self.v1 = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return None
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.sched.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, prio, wkq, state):
        Task.__init__(self, sched, ident, prio, wkq, state)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, pkt):
        if pkt is None:
            return self.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.queue(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, wkq, state):
        Task.__init__(self, sched, ident, prio, wkq, state)
        self.work_in = None
        self.dev_in = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.dev_in = pkt.append_to(self.dev_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                dev = self.dev_in
                if dev is not None:
                    self.dev_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue(dev)
            else:
                self.work_in = work.link
                return self.sched.queue(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio, wkq, state):
        Task.__init__(self, sched, ident, prio, wkq, state)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.wait()
            v = self.pending
            self.pending = None
            return self.sched.queue(v)
        self.pending = pkt
        self.sched.hold_count += 1
        self.held = True
        return self.link


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 6
        self.hold_count = 0
        self.queue_count = 0
        self.current = None

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.prio > self.current.prio:
            return t
        return self.current

    def queue(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        return t.add_packet(pkt, self.current)

    def schedule(self):
        t = self.task_list
        while t is not None:
            self.current = t
            if t.is_held_or_waiting():
                t = t.link
            else:
                pkt = t.take_packet() if t.packet_pending else None
                t = t.run(pkt)


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 1, None, 0, count)
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkerTask(s, WORKER, 1000, wkq, 1)
    wkq = Packet(None, DEVICE_A, K_DEV)
    wkq = Packet(wkq, DEVICE_A, K_DEV)
    wkq = Packet(wkq, DEVICE_A, K_DEV)
    HandlerTask(s, HANDLER_A, 2000, wkq, 1)
    wkq = Packet(None, DEVICE_B, K_DEV)
    wkq = Packet(wkq, DEVICE_B, K_DEV)
    wkq = Packet(wkq, DEVICE_B, K_DEV)
    HandlerTask(s, HANDLER_B, 3000, wkq, 1)
    DeviceTask(s, DEVICE_A, 4000, None, 2)
    DeviceTask(s, DEVICE_B, 5000, None, 2)
    s.schedule()
    return s.queue_count, s.hold_count


results = [run_once(10000) for _ in range(10)]
print("richards", results[0], len(set(results)))
