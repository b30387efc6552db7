package org.tdah.assistant.archfixtures.adaptercoupling.adapters.sms;

public class SmsThing {}
