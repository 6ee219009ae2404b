import type { checkinZh } from './checkin.zh-CN';
import type { Texts } from './texts';

/** Checking in at the station with its poster's QR code ("checkin" namespace), English. */
export const checkinEn: Texts<typeof checkinZh> = {
  title: 'Check in',
  lead: 'You scanned the station’s check-in code. First let us make sure it is you, then we check you in.',
  finding: 'Looking for your appointment today…',
  checking: 'Checking you in…',
  done: 'You are checked in',
  doneLead: 'Please take a seat. Your counsellor will come and meet you.',
  doneRest:
    'Sit down and have some water if you like. You do not need to know what to say yet. Take your time.',
  noLink:
    'No check-in code was read. Please scan the check-in QR code on the station’s wall with your phone.',
  broken:
    'This check-in code looks incomplete. Please scan it again, or just tell the staff you have arrived.',
  noneToday: 'You have no appointment at this station today.',
  noneTodayAt: 'You have no appointment at {{place}} today.',
  nextHere: 'Your next appointment here is {{when}}.',
  noneHelp:
    'To book a time, see this station. If you are struggling right now, you do not have to wait: call a helpline now.',
  station: 'See this station',
  mine: 'See my appointments',
  help: 'Call a helpline now',
  wrongCode:
    'This check-in code is not for the station of your appointment, which is {{place}}. Please check where you are, or ask the staff to check you in.',
  notYet:
    'It is not time to check in yet. You can check in from {{time}} (an hour before your appointment): just scan again then.',
  notFound:
    'This appointment was not found; it may have been cancelled. Please look in “My appointments”, or ask the staff for help.',
  closed:
    'This appointment was cancelled or is over, so you cannot check in. Please tell the staff you have arrived.',
  network: 'The connection is weak and you could not be checked in.',
  other: 'You could not be checked in.',
  retry: 'Try again',
  tellStaff: 'If it does not work, that is fine: just tell the staff you have arrived.',
};
