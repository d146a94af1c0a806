/** English strings of stage 5 (customer journey) and its part of the sample roadmap. */
export const journeyEn = {
  journey: {
    emptyTitle: 'No journey yet',
    emptyBody:
      'The map shows the customer’s journey as columns, one per phase, and for each phase what they do, what they expect, where they meet you, how they feel, what hurts and what you could do better. Start from a set of phases and rename them to fit your customers.',
    templatesHeading: 'Start from',
    useTemplate: 'Use “{{name}}”',
    templates: {
      lifecycle: {
        name: 'Customer life cycle',
        description: 'Six phases any business goes through with its customers.',
        phases: {
          discover: 'Discover',
          consider: 'Compare',
          buy: 'Buy',
          use: 'Use',
          getHelp: 'Get help',
          renewOrLeave: 'Renew or leave',
        },
      },
      airline: {
        name: 'Air travel',
        description:
          'The method’s example: a passenger from the first idea of a trip to after landing.',
        phases: {
          inspiration: 'Dreaming of a trip',
          booking: 'Booking',
          beforeTrip: 'Getting ready',
          airport: 'At the airport',
          flight: 'On board',
          afterTrip: 'After landing',
        },
      },
    },
    fromScratch: 'Start from scratch',
    fromScratchDescription: 'One empty phase; add and name the others yourself.',
    sampleHint: 'The sample roadmap in the library has a complete airline journey to look at.',
    mapHeading: 'Journey map',
    mapHelp:
      'Edit any cell: it saves itself. Reorder phases and touchpoints with the arrow buttons, by dragging the ⠿ handle, or with the keyboard: focus the handle, press Space, move with the arrow keys, press Space again.',
    cardDetails_one: 'Owner, KPI and move buttons on {{count}} card',
    cardDetails_other: 'Owner, KPI and move buttons on {{count}} cards',
    addPhase: 'Add phase',
    newPhaseName: 'Phase {{number}}',
    phasesLabel: 'Phases',
    lanes: {
      doing: 'What the customer does',
      expecting: 'What they expect',
      touchpoints: 'Touchpoints',
      emotion: 'Emotion',
      painPoints: 'Pain points',
      opportunities: 'Opportunities',
    },
    laneField: '{{lane}} in {{phase}}',
    phaseName: 'Name of phase {{number}}',
    phaseActions: 'Actions for {{phase}}',
    dragPhase: 'Drag phase {{phase}}',
    movePhaseLeft: 'Move {{phase}} left',
    movePhaseRight: 'Move {{phase}} right',
    deletePhase: 'Delete phase {{phase}}',
    deletePhaseTitle: 'Delete the phase “{{phase}}”?',
    deletePhaseBodyEmpty:
      'The phase leaves the map with its texts; it has no touchpoints. You can undo it right after.',
    deletePhaseBody_one:
      'The phase leaves the map with its texts and its touchpoint. You can undo it right after.',
    deletePhaseBody_other:
      'The phase leaves the map with its texts and its {{count}} touchpoints. You can undo it right after.',
    confirmDelete: 'Delete phase',
    cancel: 'Cancel',
    phaseDeleted: 'Phase “{{phase}}” deleted.',
    phaseRestored: 'Phase “{{phase}}” is back.',
    undo: 'Undo',
    emotion: {
      label: 'Emotion in {{phase}}',
      none: 'Not scored',
      scale: {
        '2': '+2 delighted',
        '1': '+1 satisfied',
        '0': '0 neutral',
        '-1': '−1 annoyed',
        '-2': '−2 frustrated',
      },
      curveTitle: 'Emotion curve',
      summary: 'How the customer feels, phase by phase: {{list}}.',
      notScored: 'not scored',
    },
    touchpoints: {
      listLabel: 'Touchpoints in {{phase}}',
      none: 'No touchpoints yet.',
      add: 'Add touchpoint',
      addTo: 'Add touchpoint to {{phase}}',
      drag: 'Drag touchpoint {{name}}',
      edit: 'Edit touchpoint {{name}}',
      moveUp: 'Move {{name}} up',
      moveDown: 'Move {{name}} down',
      moveToPrevious: 'Move {{name}} to the previous phase',
      moveToNext: 'Move {{name}} to the next phase',
      remove: 'Delete touchpoint {{name}}',
      deleted: 'Touchpoint “{{name}}” deleted.',
      restored: 'Touchpoint “{{name}}” is back.',
      added: 'Touchpoint added to {{phase}}.',
      channel: 'Channel',
      device: 'Device',
      owner: 'Owner',
      kpi: 'Measured by',
      noChannel: 'No channel',
    },
    form: {
      newTitle: 'New touchpoint in {{phase}}',
      editTitle: 'Touchpoint in {{phase}}',
      editHelp: 'Changes save themselves.',
      description: 'What happens',
      descriptionHint: 'For example: “checks the gate on the app”.',
      channel: 'Channel',
      channelHint: 'One of the channels chosen in stage 3.',
      noChannels: 'No channels yet: choose them in stage 3.',
      device: 'Device',
      otherDevice: 'Other device…',
      customDevice: 'Name of the device',
      customDeviceHint: 'It will be offered for the next touchpoints too.',
      owner: 'Owner',
      ownerHint: 'The team or person who looks after it.',
      kpi: 'Measured by KPI',
      noKpi: 'No KPI',
      kpiHint: 'Optional: the stage-4 KPI that shows how this moment goes.',
      noKpis: 'No KPIs yet: define them in stage 4.',
      submit: 'Add touchpoint',
      done: 'Done',
      notSaved: 'Not saved: fix the field marked below.',
    },
    devices: {
      smartphone: 'Smartphone',
      tablet: 'Tablet',
      pc: 'PC',
      tv: 'TV',
      phone: 'Phone',
      'in-person': 'In person',
      kiosk: 'Kiosk',
      smartwatch: 'Smartwatch',
      'voice-assistant': 'Voice assistant',
    },
    matrix: {
      heading: 'Channels and devices',
      intro:
        'Where each channel is used along the journey, by device: the number of touchpoints and the phases they are in. An empty row is a channel the journey never uses.',
      fold_one:
        '{{count}} touchpoint: {{used}} of {{channels}} channels used, on {{devices}} devices',
      fold_other:
        '{{count}} touchpoints: {{used}} of {{channels}} channels used, on {{devices}} devices',
      caption: 'Touchpoints by channel and device',
      channel: 'Channel',
      total: 'Total',
      empty: 'Add touchpoints to see which channels and devices the journey uses.',
      cell_one: '{{count}} in {{phases}}',
      cell_other: '{{count}} in {{phases}}',
      notUsed: 'not on the journey',
    },
    dnd: {
      instructions:
        'To pick up an item, press Space or Enter. While dragging, use the arrow keys to move it. Press Space or Enter again to drop it where it is, or Escape to cancel.',
      pickedUp: 'Picked up {{item}}.',
      movedOver: '{{item}} is over {{target}}.',
      notOver: '{{item}} is no longer over a drop target.',
      dropped: '{{item}} was dropped on {{target}}.',
      droppedNowhere: '{{item}} was dropped.',
      cancelled: 'Moving {{item}} was cancelled.',
      endOf: 'the end of {{phase}}',
    },
  },
  sampleJourney: {
    phases: [
      {
        name: 'Dreaming of a trip',
        doing:
          'Looks at fares and ideas on social networks, compares airlines, asks friends who have flown with us.',
        expecting: 'Clear prices with every fee shown, and inspiring ideas for where to go.',
        painPoints:
          'Baggage fees appear only at the end; reviews on social networks go unanswered.',
        opportunities:
          'Answer public questions within the day; show the full price from the start.',
        touchpoints: [
          'Sees a fare offer in a social post and asks about baggage in the comments',
          'Reads the FAQ on what the fare includes',
          'Compares fares on the website',
        ],
      },
      {
        name: 'Booking',
        doing: 'Chooses the flight, seats and baggage, pays and receives the confirmation.',
        expecting: 'A booking done in a few minutes, with help at hand if the card is refused.',
        painPoints: 'Payment errors end in a call; the confirmation email sometimes arrives late.',
        opportunities: 'Offer chat on the payment page; resend the confirmation from the app.',
        touchpoints: [
          'Books and pays on the website',
          'Calls because the payment failed',
          'Gets the booking confirmation by email',
          'Asks in the chat about a seat for a child',
        ],
      },
      {
        name: 'Getting ready',
        doing: 'Checks in online, adds a bag, looks up what can go in the cabin.',
        expecting: 'A reminder in good time and a boarding pass on the phone.',
        painPoints: 'Changing the name on a ticket still needs a call.',
        opportunities: 'Let passengers fix small booking errors themselves in the knowledge base.',
        touchpoints: [
          'Checks in online and gets the boarding pass',
          'Looks up the cabin baggage rules',
          'Writes by email to change a name on the ticket',
        ],
      },
      {
        name: 'At the airport',
        doing:
          'Drops the bag, goes through security, waits at the gate; sometimes the flight is late.',
        expecting: 'Short queues and honest, early news when something goes wrong.',
        painPoints:
          'Delays are announced late; the call centre is swamped and the queue at the desk is long.',
        opportunities:
          'Send delay news by message with the next steps; rebook on the chat instead of at the desk.',
        touchpoints: [
          'Drops the bag at the self-service kiosk',
          'Asks at the desk about a delayed flight',
          'Calls the call centre to be rebooked',
          'Complains on social networks about the delay',
        ],
      },
      {
        name: 'On board',
        doing: 'Boards, eats, rests; asks the crew for help.',
        expecting: 'A friendly crew and news about connections before landing.',
        painPoints: 'No information about connecting flights until landing.',
        opportunities: 'Announce connection gates on board and in the app.',
        touchpoints: ['Is helped by the cabin crew', 'Checks the connection in the app'],
      },
      {
        name: 'After landing',
        doing: 'Collects the bag, reports it if lost, asks for a refund or compensation.',
        expecting: 'A simple claim, updates without having to ask, money back quickly.',
        painPoints: 'Lost-baggage claims take weeks and every update needs a call.',
        opportunities: 'Track claims in the knowledge base and send updates by message.',
        touchpoints: [
          'Reports a missing bag at the desk',
          'Calls for news about the bag',
          'Fills in the refund form',
          'Answers the satisfaction survey by email',
        ],
      },
    ],
    owners: {
      social: 'Social media team',
      web: 'E-commerce',
      contact: 'Customer service',
      airport: 'Ground staff',
      crew: 'Cabin crew',
      digital: 'Digital team',
    },
  },
} as const;

type JourneyStrings = typeof journeyEn;

// These sections join the catalog i18next checks keys against (see src/i18n/stage-strings.ts).
declare module '../../../i18n/stage-strings' {
  interface StageStrings extends JourneyStrings {}
}
