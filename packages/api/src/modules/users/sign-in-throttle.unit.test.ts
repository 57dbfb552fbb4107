import { describe, expect, it } from 'vitest';
import { throttleAddress } from './client-address.js';
import { SIGN_IN_LIMITS, SignInThrottle, type Admission } from './sign-in-throttle.js';

const STRANGER = '203.0.113.7';
const LEADER_DESK = '198.51.100.20';

/** A throttle on a clock the test moves by hand. */
function throttleWithClock(limits = SIGN_IN_LIMITS) {
  const clock = { now: 1_000_000 };
  return { clock, throttle: new SignInThrottle(() => clock.now, limits) };
}

function admitted(admission: Admission) {
  if (!admission.admitted) throw new Error(`refused: ${admission.reason}, retry after ${admission.retryAfterSeconds} s`);
  return admission;
}

function refused(admission: Admission) {
  if (admission.admitted) throw new Error('admitted');
  return admission;
}

/** One wrong password, checked: the attempt must be admitted. */
const fail = (throttle: SignInThrottle, name: string, ip: string) => admitted(throttle.admit(name, ip)).settle(false);

describe('sign-in throttle', () => {
  it('slows a stranger guessing at `leader` without locking `leader` out at their own address', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 5; i++) fail(throttle, 'leader', STRANGER);
    expect(refused(throttle.admit('leader', STRANGER))).toMatchObject({ reason: 'nameAtAddressBackOff', retryAfterSeconds: 1, freeFailures: 5 });
    expect(refused(throttle.admit('LEADER', STRANGER)).reason).toBe('nameAtAddressBackOff');
    expect(throttle.admit('leader', LEADER_DESK).admitted).toBe(true);
    expect(throttle.admit('office', STRANGER).admitted).toBe(true);
  });

  it('waits 1 s, 2 s, 4 s … after the free failures, up to 15 minutes, and checks once after each wait', () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 5; i++) fail(throttle, 'leader', STRANGER);
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const { retryAfterSeconds } = refused(throttle.admit('leader', STRANGER));
      waits.push(retryAfterSeconds);
      clock.now += retryAfterSeconds * 1000 - 1;
      refused(throttle.admit('leader', STRANGER));
      clock.now += 1;
      fail(throttle, 'leader', STRANGER);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it('admits only the allowance of attempts that arrive together and refuses the rest before any is checked', () => {
    const { clock, throttle } = throttleWithClock();
    const burst = Array.from({ length: 40 }, () => throttle.admit('analyst', STRANGER));
    expect(burst.filter((a) => a.admitted)).toHaveLength(5);
    expect(burst.slice(5).every((a) => !a.admitted && a.retryAfterSeconds === 1)).toBe(true);
    for (const admission of burst) if (admission.admitted) admission.settle(false);
    // Past the free failures, one check at a time: a second burst after the wait gets one in.
    clock.now += 1000;
    expect(Array.from({ length: 10 }, () => throttle.admit('analyst', STRANGER)).filter((a) => a.admitted)).toHaveLength(1);
  });

  it('clears the name at that address when the password is right, but not the address count', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 4; i++) fail(throttle, 'office', LEADER_DESK);
    admitted(throttle.admit('office', LEADER_DESK)).settle(true);
    for (let i = 0; i < 5; i++) fail(throttle, 'office', LEADER_DESK);
    expect(refused(throttle.admit('office', LEADER_DESK)).reason).toBe('nameAtAddressBackOff');
    for (let i = 0; i < 11; i++) fail(throttle, `typo${i}`, LEADER_DESK);
    expect(refused(throttle.admit('someone', LEADER_DESK))).toMatchObject({ reason: 'addressBackOff', freeFailures: 20 });
  });

  it('counts an attempt whose check could not run (the database was down) as no attempt', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 10; i++) admitted(throttle.admit('leader', LEADER_DESK)).settle(null);
    for (let i = 0; i < 5; i++) fail(throttle, 'leader', LEADER_DESK);
    expect(refused(throttle.admit('leader', LEADER_DESK)).retryAfterSeconds).toBe(1);
  });

  it('slows a guesser spraying names from one address, not everyone else', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 20; i++) fail(throttle, `made-up-${i}`, STRANGER);
    expect(refused(throttle.admit('leader', STRANGER))).toMatchObject({ reason: 'addressBackOff', retryAfterSeconds: 1 });
    expect(throttle.admit('leader', LEADER_DESK).admitted).toBe(true);
  });

  it('keeps an existing back-off through a flood of 10,050 failed sign-ins for made-up names', () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 10; i++) {
      const wait = throttle.admit('leader', STRANGER);
      if (wait.admitted) wait.settle(false);
    }
    const before = refused(throttle.admit('leader', STRANGER)).retryAfterSeconds;
    for (let i = 0; i < 10_050; i++) fail(throttle, `made-up-${i}`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(refused(throttle.admit('leader', STRANGER)).retryAfterSeconds).toBe(before);
  });

  it('stays within its memory bound under a flood, dropping keys whose wait has passed before any back-off', () => {
    const small = {
      ...SIGN_IN_LIMITS,
      nameAtAddress: { ...SIGN_IN_LIMITS.nameAtAddress, maxEntries: 1000 },
      address: { ...SIGN_IN_LIMITS.address, maxEntries: 1000 },
    };
    const { throttle } = throttleWithClock(small);
    for (let i = 0; i < 5; i++) fail(throttle, 'leader', STRANGER);
    for (let i = 0; i < 10_050; i++) fail(throttle, `made-up-${i}`, `10.0.${(i >> 8) & 255}.${i & 255}`);
    expect(throttle.size).toBeLessThanOrEqual(2000);
    expect(refused(throttle.admit('leader', STRANGER)).reason).toBe('nameAtAddressBackOff');
  });

  it('forgets failures an hour after the last one', () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 5; i++) fail(throttle, 'leader', STRANGER);
    clock.now += 60 * 60_000;
    for (let i = 0; i < 5; i++) fail(throttle, 'leader', STRANGER);
    expect(refused(throttle.admit('leader', STRANGER)).retryAfterSeconds).toBe(1);
  });

  it('asks for a record of the first throttled refusal, then one a minute counting the refusals in between', () => {
    const { clock, throttle } = throttleWithClock();
    // 13 failures, each after the longest wait there is: the next wait is 256 s.
    for (let i = 0; i < 13; i++) {
      clock.now += SIGN_IN_LIMITS.nameAtAddress.maxWaitMs;
      fail(throttle, 'leader', STRANGER);
    }
    const toRecord = () => refused(throttle.admit('leader', STRANGER)).refusalsToRecord;
    expect([toRecord(), toRecord(), toRecord(), toRecord()]).toEqual([1, 0, 0, 0]);
    clock.now += 60_000;
    expect([toRecord(), toRecord()]).toEqual([4, 0]);
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped address as the IPv4 one', () => {
    expect(throttleAddress('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:0db8:0001:0002::9')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleAddress('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(throttleAddress('10.0.0.1')).toBe('10.0.0.1');
    expect(throttleAddress(undefined)).toBe('unknown');
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 5; i++) fail(throttle, 'leader', `2001:db8:1:2::${i + 1}`);
    expect(refused(throttle.admit('leader', '2001:db8:1:2:ffff::1')).reason).toBe('nameAtAddressBackOff');
    expect(throttle.admit('leader', '2001:db8:1:3::1').admitted).toBe(true);
  });
});
