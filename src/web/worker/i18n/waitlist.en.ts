import type { Texts } from './texts';
import type { waitlistZh } from './waitlist.zh-CN';

/** The waiting list for a full day ("waitlist" namespace), English. */
export const waitlistEn: Texts<typeof waitlistZh> = {
  invite: {
    heading: 'Is the day you want full?',
    text: 'You can join the waiting list. If someone cancels that day, the time is offered in the order people joined.',
    button: 'Join the waiting list',
  },
  join: {
    title: 'Waiting list',
    lead: 'Choose the day you would like to come. If someone cancels that day, the time goes first to whoever has waited longest.',
    how: 'When it is your turn, the time is held for you for a short while (usually 30 minutes). Open Carnation and confirm it before then, or it goes to the next person.',
    dayHeading: 'Which day?',
    dayHint:
      'You can choose a day in the next four weeks. On some days no counsellor is on duty; we will tell you if you pick one.',
    free: 'Free',
    freeNote: 'Days marked “Free” still have times you can book straight away, without waiting.',
    freeLink: 'Back to the times you can book',
    chosen: 'You chose: {{day}}',
    freeDay: '{{day}}, times still free',
    dayMissing: 'Please choose a day',
    modeHeading: 'How would you like to talk?',
    modeAny: 'Any way',
    byCode:
      'With a check-up code we have no phone number, so we cannot text you when it is your turn: you would have to look in “My appointments” often. Joining with your phone number is safer.',
    consentWait:
      'The day and the station you wait for: only used to book a time for you when it is your turn. If you join with your phone number, we also text you then (only the time and place).',
    phoneHint: 'To make sure it is you, and to text you when it is your turn. Never told to your employer.',
    submit: 'Join the waiting list',
    submitting: 'Joining…',
  },
  joined: {
    title: 'You are on the waiting list',
    where: '{{day}}, {{place}}',
    position: 'You are number {{position}} in line.',
    sms: 'When it is your turn, we will text {{phone}}.',
    noSms:
      'With a check-up code you get no text message. Please look in “My appointments” often to see if it is your turn.',
    toMine: 'Go to “My appointments”',
    back: 'Back to the station',
  },
  mine: {
    offerHeading: 'A time has come free',
    offerLead: 'Someone cancelled, and this time is held for you:',
    left: '{{minutes}} min {{seconds}} s left',
    leftHint: 'Please confirm before then; after that it goes to the next person in line.',
    accept: 'Take this time',
    accepting: 'Confirming…',
    waitingHeading: 'On the waiting list',
    where: '{{day}} · {{place}}',
    position: 'Number {{position}} in line',
    anyMode: 'In person, by phone or by video',
    leave: 'Leave the waiting list',
    leaveConfirm: 'Leave the waiting list for {{day}}? To wait again, you would join at the end of the line.',
    leaveYes: 'Yes, leave it',
    leaveNo: 'Keep waiting',
    leftDone: 'You have left the waiting list.',
    missed:
      'The time that came free on {{day}} was not confirmed in time and went to the next person. You can join the waiting list again.',
    again: 'Join again',
    loadError: 'Your waiting list could not be loaded. Please try again later.',
  },
  errors: {
    slotsAvailable: 'That day still has free times: no need to wait, you can book one now.',
    noDuty:
      'No counsellor is on duty that day, so there is no waiting list. Choose another day, or call the station.',
    already: 'You are already on the waiting list for that day. “My appointments” shows your place in line.',
    outOfRange: 'That day cannot be waited for. Please choose a day in the next four weeks.',
    offerExpired:
      'The time to confirm has passed, and the time went to the next person. You can join the waiting list again.',
    slotTaken:
      'Sorry, that time can no longer be booked. You can join the waiting list again, or choose another time.',
    acceptFailed: 'It could not be confirmed. Please try again, or call the station.',
    other: 'You could not be added to the waiting list. Please try again later, or call the station.',
  },
};
