# Officers' answers as the person receives them: a neutral header, never an officer's name.
relay-header = Message from the embassy about your case { $caseId }:
relay-location-request = The embassy asks about your case { $caseId }: if it is safe, please share your current location (📎 → Location), or type where you are now.
